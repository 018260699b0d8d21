/**
 * Links out to the AWS console for a job and the role, policies, buckets and keys it depends on.
 * The CloudWatch console encodes its hash route twice ("/" -> "%2F" -> "$252F"), which is how its
 * own share links look.
 */
export const LOG_GROUP = '/aws/sagemaker/TrainingJobs';

export function sagemakerConsoleUrl(region: string, jobName: string): string {
  return `${consoleBase(region)}/sagemaker/home?region=${encodeURIComponent(region)}#/jobs/${encodeURIComponent(jobName)}`;
}

/** The log group filtered to the job's streams (`<jobName>/...`). */
export function logStreamsUrl(region: string, jobName: string): string {
  return `${consoleBase(region)}/cloudwatch/home?region=${encodeURIComponent(region)}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}$3FlogStreamNameFilter$3D${consoleEncode(`${jobName}/`)}`;
}

export function logStreamUrl(region: string, streamName: string): string {
  return `${consoleBase(region)}/cloudwatch/home?region=${encodeURIComponent(region)}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}/log-events/${consoleEncode(streamName)}`;
}

/**
 * IAM is global: its console has no regional host. Roles are addressed by name (not path), managed
 * policies by their URL-encoded ARN; an inline policy lives on its role's permissions tab.
 */
export function roleConsoleUrl(roleName: string, section: 'permissions' | 'trust_relationships' = 'permissions'): string {
  return `https://console.aws.amazon.com/iam/home#/roles/details/${encodeURIComponent(roleName)}?section=${section}`;
}

export function managedPolicyConsoleUrl(policyArn: string): string {
  return `https://console.aws.amazon.com/iam/home#/policies/details/${encodeURIComponent(policyArn)}?section=permissions`;
}

/** The bucket's Permissions tab, where its policy and default encryption are. */
export function bucketConsoleUrl(bucket: string, region: string): string {
  return `https://s3.console.aws.amazon.com/s3/buckets/${encodeURIComponent(bucket)}?region=${encodeURIComponent(region)}&tab=permissions`;
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
  return `${consoleBase(region)}/kms/home?region=${encodeURIComponent(region)}#/kms/${awsManaged ? 'defaultKeys' : 'keys'}/${encodeURIComponent(keyId)}`;
}

export function vpcEndpointConsoleUrl(region: string, endpointId: string): string {
  return `${consoleBase(region)}/vpcconsole/home?region=${encodeURIComponent(region)}#EndpointDetails:vpcEndpointId=${encodeURIComponent(endpointId)}`;
}

// The region becomes part of a host name: anything but a region's letters, digits and hyphens
// (a name like `evil.example/#`) would send the reader elsewhere, so it falls back to the global console.
function consoleBase(region: string): string {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region) ? `https://${region}.console.aws.amazon.com` : 'https://console.aws.amazon.com';
}

function consoleEncode(text: string): string {
  return encodeURIComponent(text).replace(/%/g, '$25');
}
