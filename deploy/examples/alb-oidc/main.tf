# Example, not applied by this project: Jobtriage on ECS Fargate behind an Application Load
# Balancer that signs users in with OIDC (your IdP: Okta, Entra ID, Google, IAM Identity Center via
# its OIDC app). The ALB authenticates every request and forwards the signed x-amzn-oidc-data
# header; the app verifies that token itself (JOBTRIAGE_AUTH=alb, signer pinned to this ALB's ARN).
# Read it, adapt names, VPC and IdP settings, then `terraform plan` in your own account.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

variable "region" { default = "us-east-1" }
variable "vpc_id" {}
variable "public_subnet_ids" { type = list(string) }
variable "private_subnet_ids" { type = list(string) }
variable "certificate_arn" { description = "ACM certificate for the dashboard's host name" }
variable "image" { description = "the Jobtriage image, e.g. <acct>.dkr.ecr.<region>.amazonaws.com/jobtriage:1.0" }
variable "oidc_issuer" {}
variable "oidc_authorization_endpoint" {}
variable "oidc_token_endpoint" {}
variable "oidc_user_info_endpoint" {}
variable "oidc_client_id" {}
variable "oidc_client_secret" { sensitive = true }
variable "task_role_arn" { description = "the read-only role (deploy/iam/dashboard-read-policy.json attached)" }
variable "execution_role_arn" {}

provider "aws" { region = var.region }

resource "aws_security_group" "alb" {
  name   = "jobtriage-alb"
  vpc_id = var.vpc_id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"] # internal users only; adjust
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Only the ALB may reach the task: a request that skips the ALB has no signed header and gets 401,
# but it should not get that far.
resource "aws_security_group" "task" {
  name   = "jobtriage-task"
  vpc_id = var.vpc_id
  ingress {
    from_port       = 3000
    to_port         = 3000
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # AWS APIs and the ELB public-key endpoint
  }
}

resource "aws_lb" "jobtriage" {
  name               = "jobtriage"
  internal           = true
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = var.public_subnet_ids
}

resource "aws_lb_target_group" "jobtriage" {
  name        = "jobtriage"
  port        = 3000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id
  health_check {
    path    = "/api/health" # stays open: the load balancer does not sign in
    matcher = "200"
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.jobtriage.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type  = "authenticate-oidc"
    order = 1
    authenticate_oidc {
      issuer                     = var.oidc_issuer
      authorization_endpoint     = var.oidc_authorization_endpoint
      token_endpoint             = var.oidc_token_endpoint
      user_info_endpoint         = var.oidc_user_info_endpoint
      client_id                  = var.oidc_client_id
      client_secret              = var.oidc_client_secret
      scope                      = "openid email profile"
      on_unauthenticated_request = "authenticate"
    }
  }
  default_action {
    type             = "forward"
    order            = 2
    target_group_arn = aws_lb_target_group.jobtriage.arn
  }
}

resource "aws_ecs_cluster" "jobtriage" { name = "jobtriage" }

resource "aws_ecs_task_definition" "jobtriage" {
  family                   = "jobtriage"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"
  task_role_arn            = var.task_role_arn
  execution_role_arn       = var.execution_role_arn
  container_definitions = jsonencode([{
    name         = "jobtriage"
    image        = var.image
    portMappings = [{ containerPort = 3000 }]
    environment = [
      { name = "JOBTRIAGE_AUTH", value = "alb" },
      # The token's `signer` must be exactly this ALB: a token another ALB signed is refused.
      { name = "JOBTRIAGE_ALB_ARN", value = aws_lb.jobtriage.arn },
      { name = "AWS_REGION", value = var.region },
      { name = "JOBTRIAGE_REGIONS", value = var.region },
      # One task with the embedded store on its volume; for several tasks use DATABASE_URL (PostgreSQL).
      { name = "JOBTRIAGE_DATA_DIR", value = "/data" },
    ]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/jobtriage"
        awslogs-region        = var.region
        awslogs-stream-prefix = "app"
      }
    }
  }])
}

resource "aws_ecs_service" "jobtriage" {
  name            = "jobtriage"
  cluster         = aws_ecs_cluster.jobtriage.id
  task_definition = aws_ecs_task_definition.jobtriage.arn
  desired_count   = 1
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.task.id]
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.jobtriage.arn
    container_name   = "jobtriage"
    container_port   = 3000
  }
}

output "alb_arn" { value = aws_lb.jobtriage.arn }
output "alb_dns_name" { value = aws_lb.jobtriage.dns_name }
