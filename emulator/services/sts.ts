/**
 * STS (awsQuery, Version 2011-06-15): GetCallerIdentity answers with the dashboard principal.
 * It needs no permission, as in AWS, so it is never denied.
 */
import { awsQueryProtocol } from '../protocols/aws-query';
import type { ServiceDef } from '../types';
import { queryFaultErrors } from './fault-errors';
import { stableId } from './ids';

const VERSION = '2011-06-15';

export const stsService: ServiceDef = {
  signingName: 'sts',
  protocol: awsQueryProtocol(VERSION, 'https://sts.amazonaws.com/doc/2011-06-15/'),
  errors: queryFaultErrors('InternalFailure', VERSION),
  operations: {
    GetCallerIdentity: {
      handle: (ctx) => {
        const session = /assumed-role\/([^/]+)\/(.+)$/.exec(ctx.principalArn);
        const roleId = stableId('AROA', `${ctx.accountId}:${session?.[1] ?? ctx.principalArn}`);
        return {
          UserId: session ? `${roleId}:${session[2]}` : roleId,
          Account: ctx.accountId,
          Arn: ctx.principalArn,
        };
      },
    },
  },
};
