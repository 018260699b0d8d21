/**
 * Links out to the AWS console for a job. The CloudWatch console encodes its hash route twice
 * ("/" -> "%2F" -> "$252F"), which is how its own share links look.
 */
export const LOG_GROUP = '/aws/sagemaker/TrainingJobs';

export function sagemakerConsoleUrl(region: string, jobName: string): string {
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/jobs/${encodeURIComponent(jobName)}`;
}

/** The log group filtered to the job's streams (`<jobName>/...`). */
export function logStreamsUrl(region: string, jobName: string): string {
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}$3FlogStreamNameFilter$3D${consoleEncode(`${jobName}/`)}`;
}

export function logStreamUrl(region: string, streamName: string): string {
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${consoleEncode(LOG_GROUP)}/log-events/${consoleEncode(streamName)}`;
}

function consoleEncode(text: string): string {
  return encodeURIComponent(text).replace(/%/g, '$25');
}
