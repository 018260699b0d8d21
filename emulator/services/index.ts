/**
 * The services the emulator speaks, keyed by the SigV4 signing name. Adding one is a module that
 * exports a ServiceDef and a line here.
 */
import type { ServiceDef } from '../types';
import { ec2Service } from './ec2';
import { ecrService } from './ecr';
import { iamService } from './iam';
import { kmsService } from './kms';
import { logsService } from './logs';
import { s3Service } from './s3';
import { sagemakerService } from './sagemaker';
import { sqsService } from './sqs';
import { stsService } from './sts';

export const SERVICES: Record<string, ServiceDef> = Object.fromEntries(
  [sagemakerService, logsService, iamService, stsService, s3Service, kmsService, ec2Service, ecrService, sqsService].map((s) => [s.signingName, s]),
);
