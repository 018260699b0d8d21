/**
 * STS (awsQuery, Version 2011-06-15): GetCallerIdentity answers with the caller (the dashboard's
 * principal, or the assumed-role session its temporary credentials belong to); AssumeRole issues
 * those credentials for a role in any account the endpoint serves. Neither needs an identity-policy
 * permission here: GetCallerIdentity needs none in AWS, and AssumeRole is decided by the role's trust policy.
 */
import { awsQueryProtocol } from '../protocols/aws-query';
import type { ServiceDef } from '../types';
import { queryFaultErrors } from './fault-errors';
import { assumedRoleId, assumeRole } from './sts-assume-role';

const VERSION = '2011-06-15';

export const stsService: ServiceDef = {
  signingName: 'sts',
  protocol: awsQueryProtocol(VERSION, 'https://sts.amazonaws.com/doc/2011-06-15/'),
  errors: queryFaultErrors('InternalFailure', VERSION),
  operations: {
    GetCallerIdentity: {
      handle: (ctx) => {
        const session = /assumed-role\/([^/]+)\/(.+)$/.exec(ctx.principalArn);
        const roleId = assumedRoleId(ctx.accountId, session?.[1] ?? ctx.principalArn);
        return {
          UserId: session ? `${roleId}:${session[2]}` : roleId,
          Account: ctx.accountId,
          Arn: ctx.principalArn,
        };
      },
    },
    AssumeRole: { handle: assumeRole },
  },
};
