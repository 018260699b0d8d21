import type { Fix } from '../diagnosis';
import type { EvidenceBundle, PolicyDocument } from '../evidence';

/**
 * Applies a Fix to a bundle from its public data alone (target, policy, CLI arguments), the way a
 * person would by running the command: independent of the engine's own change model, so a test that
 * re-diagnoses the result checks the fix rather than the engine agreeing with itself.
 */
export function flag(cli: string, name: string): string | undefined {
  return new RegExp(`--${name} ([^' ]+)`).exec(cli)?.[1];
}

/** The JSON document quoted in the command, unquoted as a POSIX shell would. */
export function cliDocument(cli: string): unknown {
  const m = /'((?:[^']|'\\'')*)'\s*$/.exec(cli);
  return m?.[1] ? JSON.parse(m[1].replace(/'\\''/g, "'")) : undefined;
}

export function applyFix(bundle: EvidenceBundle, fix: Fix): EvidenceBundle {
  const b = structuredClone(bundle);
  const policy = fix.policy as PolicyDocument;
  const role = b.role.ok ? b.role.value : undefined;
  switch (fix.target) {
    case 'role-inline-policy': {
      const name = flag(fix.cli, 'policy-name');
      if (!role || !role.identityPolicies.ok || !name) throw new Error('cannot apply');
      role.identityPolicies.value = [...role.identityPolicies.value.filter((p) => p.name !== name), { kind: 'inline', name, document: { ok: true, value: policy } }];
      return b;
    }
    case 'boundary':
    case 'other': {
      const arn = flag(fix.cli, 'policy-arn');
      if (!role) throw new Error('cannot apply');
      const boundary = role.boundary.ok ? role.boundary.value : null;
      if (boundary && boundary.arn === arn) boundary.document = { ok: true, value: policy };
      else if (role.identityPolicies.ok) {
        const p = role.identityPolicies.value.find((x) => x.arn === arn);
        if (!p) throw new Error(`no policy ${arn}`);
        p.document = { ok: true, value: policy };
      }
      return b;
    }
    case 'trust-policy':
      if (!role) throw new Error('cannot apply');
      role.trustPolicy = { ok: true, value: policy };
      return b;
    case 'bucket-policy': {
      const bucket = b.buckets[flag(fix.cli, 'bucket') ?? ''];
      if (!bucket) throw new Error('no bucket');
      bucket.policy = { ok: true, value: policy };
      return b;
    }
    case 'key-policy': {
      const arn = flag(fix.cli, 'key-id');
      const key = Object.values(b.keys).find((k) => k.metadata.ok && k.metadata.value.arn === arn);
      if (!key) throw new Error(`no key ${arn}`);
      key.policy = { ok: true, value: policy };
      return b;
    }
    case 'vpc-endpoint-policy':
    case 'route-table': {
      const endpoints = b.network?.endpoints;
      if (!endpoints?.ok) throw new Error('no endpoints');
      const id = flag(fix.cli, 'vpc-endpoint-id');
      const table = flag(fix.cli, 'add-route-table-ids') ?? flag(fix.cli, 'route-table-ids');
      if (fix.cli.includes('create-vpc-endpoint')) {
        endpoints.value.push({ id: 'vpce-created', vpcId: flag(fix.cli, 'vpc-id') ?? '', serviceName: flag(fix.cli, 'service-name') ?? '', type: 'Gateway', routeTableIds: [table ?? ''], subnetIds: [], policy: { ok: true, value: null } });
        return b;
      }
      const endpoint = endpoints.value.find((e) => e.id === id);
      if (!endpoint) throw new Error(`no endpoint ${id}`);
      if (fix.target === 'route-table' && table) endpoint.routeTableIds.push(table);
      else endpoint.policy = { ok: true, value: policy };
      return b;
    }
    case 'job-config': {
      // Starting the job again with the changed fields, as `create-training-job` would.
      const fields = (fix.jobConfig?.fields ?? {}) as { RoleArn?: string; VpcConfig?: { Subnets: string[]; SecurityGroupIds: string[] }; OutputDataConfig?: { KmsKeyId?: string } };
      if (fields.VpcConfig) b.job.vpc = { subnetIds: fields.VpcConfig.Subnets, securityGroupIds: fields.VpcConfig.SecurityGroupIds };
      if (fields.OutputDataConfig?.KmsKeyId) b.job.output.kmsKeyId = fields.OutputDataConfig.KmsKeyId;
      if (fields.RoleArn && fields.RoleArn !== b.job.roleArn) {
        b.job.roleArn = fields.RoleArn;
        b.role = { ok: false, missing: { kind: 'error', action: 'iam:GetRole', resource: fields.RoleArn, message: 'not read in this test' } };
      }
      return b;
    }
    default:
      throw new Error(`cannot apply a ${fix.target} fix`);
  }
}
