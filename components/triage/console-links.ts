/**
 * Links out to the AWS console for a job. The CloudWatch console encodes its hash route twice
 * ("/" -> "%2F" -> "$252F"), which is how its own share links look.
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

// The region becomes part of a host name: anything but a region's letters, digits and hyphens
// (a name like `evil.example/#`) would send the reader elsewhere, so it falls back to the global console.
function consoleBase(region: string): string {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region) ? `https://${region}.console.aws.amazon.com` : 'https://console.aws.amazon.com';
}

function consoleEncode(text: string): string {
  return encodeURIComponent(text).replace(/%/g, '$25');
}
