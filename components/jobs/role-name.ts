import { roleNameOfArn } from '@/lib/analysis/arns';

/** `arn:aws:iam::1:role/service-role/ml-train` -> `ml-train`: what a person calls the role ('' when none). */
export function roleName(roleArn: string | undefined): string {
  return roleArn ? roleNameOfArn(roleArn) : '';
}
