/**
 * Links out to the AWS console for a job and the role, policies, buckets and keys it depends on.
 * The CloudWatch console encodes its hash route twice ("/" -> "%2F" -> "$252F"), which is how its
 * own share links look.
 */
export const LOG_GROUP = '/aws/sagemaker/TrainingJobs';

export function sagemakerConsoleUrl(region: string, jobName: string): string | undefined {
  const c = consoleOf(region);
  return c && `${c.regional(region)}/sagemaker/home?region=${encodeURIComponent(region)}#/jobs/${encodeURIComponent(jobName)}`;
}

/** The log group filtered to the job's streams (`<jobName>/...`). */
export function logStreamsUrl(region: string, jobName: string): string | undefined {
  const c = consoleOf(region);
  return c && `${c.regional(region)}/cloudwatch/home?region=${encodeURIComponent(region)}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}$3FlogStreamNameFilter$3D${consoleEncode(`${jobName}/`)}`;
}

export function logStreamUrl(region: string, streamName: string): string | undefined {
  const c = consoleOf(region);
  return c && `${c.regional(region)}/cloudwatch/home?region=${encodeURIComponent(region)}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}/log-events/${consoleEncode(streamName)}`;
}

/**
 * IAM is global: its console has no regional host, only its partition's (the job's region says which). Roles are
 * addressed by name (not path); an inline policy lives on its role's permissions tab.
 */
export function roleConsoleUrl(roleName: string, region: string, section: 'permissions' | 'trust_relationships' = 'permissions'): string | undefined {
  const c = consoleOf(region);
  return c && `${c.global}/iam/home#/roles/details/${encodeURIComponent(roleName)}?section=${section}`;
}

/** A managed policy by its URL-encoded ARN, in the console of the ARN's partition. */
export function managedPolicyConsoleUrl(policyArn: string): string | undefined {
  const c = CONSOLES[policyArn.split(':')[1] ?? ''];
  return c && `${c.global}/iam/home#/policies/details/${encodeURIComponent(policyArn)}?section=permissions`;
}

/** The bucket's Permissions tab, where its policy and default encryption are. */
export function bucketConsoleUrl(bucket: string, region: string): string | undefined {
  const c = consoleOf(region);
  return c && `${c.s3}/s3/buckets/${encodeURIComponent(bucket)}?region=${encodeURIComponent(region)}&tab=permissions`;
}

/**
 * A KMS key's page, in the key's own region (from its ARN). AWS managed keys (`aws/s3`) are listed
 * apart from customer managed ones. Undefined when the ref is not a key ARN (an alias DescribeKey
 * could not resolve): no page can be named for it.
 */
export function keyConsoleUrl(keyArn: string, awsManaged = false): string | undefined {
  const found = /^arn:aws[\w-]*:kms:([a-z0-9-]+):\d{12}:key\/([\w-]+)$/.exec(keyArn);
  if (!found) return undefined;
  const [, region = '', keyId = ''] = found;
  const c = consoleOf(region);
  return c && `${c.regional(region)}/kms/home?region=${encodeURIComponent(region)}#/kms/${awsManaged ? 'defaultKeys' : 'keys'}/${encodeURIComponent(keyId)}`;
}

export function vpcEndpointConsoleUrl(region: string, endpointId: string): string | undefined {
  const c = consoleOf(region);
  return c && `${c.regional(region)}/vpcconsole/home?region=${encodeURIComponent(region)}#EndpointDetails:vpcEndpointId=${encodeURIComponent(endpointId)}`;
}

interface Console {
  /** The console's origin for pages of one region. */
  regional: (region: string) => string;
  /** Its origin for global services (IAM). */
  global: string;
  /** S3's (a host of its own in the commercial partition). */
  s3: string;
}

// Each partition signs in to its own console: an `aws-us-gov` role or an `aws-cn` bucket does not exist in the
// commercial one. The isolated partitions' consoles are not public, so no link is offered for them.
const CONSOLES: Record<string, Console> = {
  aws: { regional: (region) => `https://${region}.console.aws.amazon.com`, global: 'https://console.aws.amazon.com', s3: 'https://s3.console.aws.amazon.com' },
  'aws-us-gov': { regional: () => 'https://console.amazonaws-us-gov.com', global: 'https://console.amazonaws-us-gov.com', s3: 'https://console.amazonaws-us-gov.com' },
  'aws-cn': { regional: () => 'https://console.amazonaws.cn', global: 'https://console.amazonaws.cn', s3: 'https://console.amazonaws.cn' },
};

// The region becomes part of a host name: anything but a region's letters, digits and hyphens
// (a name like `evil.example/#`) would send the reader elsewhere, so it falls back to the global console.
function consoleOf(region: string): Console | undefined {
  if (!/^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(region)) return { ...CONSOLES.aws!, regional: () => CONSOLES.aws!.global };
  if (/^cn-/.test(region)) return CONSOLES['aws-cn'];
  if (/^us-gov-/.test(region)) return CONSOLES['aws-us-gov'];
  if (/^(us-iso[bf]?|eu-isoe|eusc)-/.test(region)) return undefined;
  return CONSOLES.aws;
}

function consoleEncode(text: string): string {
  return encodeURIComponent(text).replace(/%/g, '$25');
}
