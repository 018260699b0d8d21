/**
 * The words a page, a writer or a tool puts before the failure it quotes, on the failure's own first line: a
 * page's label ("Error: …"), a writer's report ("When I run the job I get this error: …"), a tool's relay
 * ("Training failed with the following error: ClientError: …"). Each is taken off only where nothing of the
 * failure's own is in it, so SageMaker's class then stands at the line's start, where the rules read it.
 */

// - a generic label before the quoted reason: "Error: Invalid ML instance type.", "Error message: …" (a
//   page's or a tool's heading for the message it quotes). Only at the text's start and only before a
//   sentence or an exception with its message: "Error: DownloadError" alone is a tool's own report
//   (TGI's), where the label belongs to it.
const GENERIC_LABEL = /^(?:Error|Error message|Message|Error details)[ \t]{0,4}:[ \t]{1,16}(?=[A-Z][^\s:]{0,60} [^\n]{4}|[A-Za-z_][\w.$]{0,120}(?:Error|Exception): \S)/;
// - a Markdown note's bold label and the code mark before the exception it quotes ("**Error**: `argparse.ArgumentError:
//   argument --val: …`", a committed fix summary, round 232): on any line, as a note puts it below its own text.
const BOLD_LABEL = /^\*\*(?:Error|Error message|Error details)(?:\*\*[ \t]{0,4}:|[ \t]{0,4}:\*\*)[ \t]{1,16}`?(?=[A-Za-z_][\w.$]{0,120}(?:Error|Exception): \S)/gm;

// - a writer's own lead before the quoted reason on its line: "When I run the training job I get this error: …",
//   "Getting the following exception: …" (an issue's title or first line). Only a lead in the first person or a
//   report's verb (getting, got, facing, seeing; "We" only with one: a service speaks as "We" too, "We
//   encountered an internal error"), with no colon of its own, ending in "error:", "exception:" or
//   "error message:" before a sentence or an exception with its message; SageMaker's own "framework error:" is
//   not one.
const WRITERS_LEAD = new RegExp(
  String.raw`^(?:I|I'm|We (?:get|got|see|saw|receive|received|hit)|We(?:'re| are) (?:getting|seeing|facing|receiving|hitting)|When|While|After|Getting|Got|Facing|Seeing|Receiving|Encountered|Encountering|Keep getting)\b[^\n:]{0,120}?\b(?:error|exception)s?(?: message)?[ \t]{0,2}:[ \t]{1,4}` +
    String.raw`(?=[A-Z][^\s:]{0,60} [^\n]{4}|[A-Za-z_][\w.$]{0,120}(?:Error|Exception): \S|[a-z]\w{0,40} [^\n]{4})`,
);
// - a tool's lead before the reason it relays: "Training failed with the following error: ClientError: …" (the
//   SageMaker components for Kubeflow Pipelines, kubeflow/pipelines#1370), "Job x failed with error: …". A few
//   words with no colon, "failed with", then the error's label, before a class or an exception's name that
//   says what failed. Before a bare sentence the lead says what raised it ("XGB train call failed with
//   exception: You can't mix …": the code) and stays; "… failed to provision with the following error:"
//   (HyperPod's own) names a stage and is not one.
const TOOLS_LEAD = /^(?:[\w.-]{1,60} ){1,5}failed with (?:the following )?(?:error|exception)[ \t]{0,2}:[ \t]{1,4}(?=[A-Za-z_][\w.$]{0,120}: \S)/;
// A lead that names what was being done to what ("When I try to download the training data from S3 I get this
// error: Access Denied", "S3 download failed with error: …") holds the stage a bare message is read by: it stays,
// and the whole line is read. Where the writer looked ("When I check the CloudWatch logs I see …") is not a stage.
const LEAD_NAMES_STAGE = /\b(?:S3|ECR|KMS|CloudWatch|VPC|IAM|bucket|image|key|role|download(?:ing)?|upload(?:ing)?|pull(?:ing)?|push(?:ing)?|subnet|endpoint|logs?|credentials?|token|permissions?)\b/i;
// "When …", "While …" and "After …" lead a writer's report only in the first person ("When I run …").
const TIME_CLAUSE = /^(?:When|While|After)\b/;
const LOOKED_AT = /\b(?:check(?:ed|ing)?|look(?:ed|ing)? (?:at|in|into)|view(?:ed|ing)?|open(?:ed|ing)?|inspect(?:ed|ing)?|went to|go(?:ing)? to)\b[^\n:]{0,40}?\b(?:CloudWatch|logs?|console)\b(?:[ \t]{1,2}(?:CloudWatch|logs?|console|log group|log stream)\b){0,3}/i;
const namesStage = (lead: string): boolean => LEAD_NAMES_STAGE.test(lead.replace(LOOKED_AT, ''));
const FIRST_PERSON = /^(?:When|While|After)\b[^\n:]{0,80}\b(?:I|we)\b/;

/** The text without the label or lead before the failure on its first line, when it has one. */
export function withoutLead(labelled: string): string {
  const text = labelled.includes('**') ? labelled.replace(BOLD_LABEL, '') : labelled;
  if (GENERIC_LABEL.test(text)) return text.replace(GENERIC_LABEL, '');
  const writers = WRITERS_LEAD.exec(text)?.[0];
  if (writers !== undefined && (!TIME_CLAUSE.test(text) || FIRST_PERSON.test(text)) && !namesStage(writers)) return text.slice(writers.length);
  const tools = TOOLS_LEAD.exec(text)?.[0];
  if (tools !== undefined && !namesStage(tools)) return text.slice(tools.length);
  return text;
}
