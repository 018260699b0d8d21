/**
 * The request's own arguments and settings, checked by the client or the service before anything runs:
 * an argument Python or the SageMaker SDK says is required or invalid, and a count or size the service
 * says must be past a bound. Both are the request's (`validation`) only outside the container's code,
 * where the same words are the training script's own checks.
 */
import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH, RAISED_LINE, TRACEBACK_HEADER } from './client-traceback';
import type { FailureParts } from './failure-parts';
import { findIf, findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';
import { nextLineWentOnAt } from './quiet-lines';
import { holdsAny } from './word-gate';

// The container's own traceback: an argument check there is the training code's, not the request's (also an
// endpoint's inference script under /opt/ml/model/code and a processing script under …/input/code).
// Those two only as a frame's file: they are also printed around the failure (pip's "-r
// /opt/ml/model/code/requirements.txt", the SDK's printed processing inputs, a model's environment).
// A bring-your-own container's program in the directory AWS's examples put it in (/opt/program, scikit_bring_your_own's
// Dockerfile, and the "Exception during training: …" its train script writes to /opt/ml/output/failure, round 108).
export const CONTAINER_PATH = /\/opt\/ml\/(?:code|program)\b|\bFile "?\/opt\/(?:ml\/model\/code|ml\/processing\/input\/code|program)\/|\bExecuteUserScriptError\b/;

// Python's argument checks name the argument: a snake_case parameter (`image_uri`, `py_version`) or
// an AWS API field (`TrainingImageConfig`, `TrainingRepositoryAccessMode`), beside what is required of it.
// (An API field is PascalCase with a field's suffix: "SageMaker" or "ValueError" are not arguments.)
// A command-line tool names its option in kebab case, with the same suffixes ("Either node-count OR a combination of
// accelerators, vcpu, memory-in-gib must be specified for instance-type ml.g5.12xlarge", the HyperPod CLI's, round 134):
// only with a field's suffix, since "built-in" or "pre-trained" are words; not as argparse's "--flag", whose "the
// following arguments are required" is the training script's own command line.
// Not a name the identifier mask blanked ("EMR_DefaultRole" read as "xxx_xxxxxxxxxxx", round 142): letters x and digits 0 only.
const ARGUMENT_NAME =
  /\b(?![x0]{1,31}(?:_[x0]{1,30}){1,6}\b)[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}\b|\b(?:[A-Z][a-z0-9]{1,20}){1,5}(?:Config|Configuration|Mode|Arn|Uri|Url|Name|Type|Ids?|InSeconds|Count|Size|Path|Key|Image)\b|(?<![\w-])[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,4}-(?:config|configuration|mode|arn|uri|url|name|type|ids?|count|size|path|key|image)\b(?!-)/;
// Python's own argument check belongs here too: "remote() got an unexpected keyword argument 'x'", "ModelBuilder._deploy()
// got multiple values for keyword argument 'instance_type'" (round 111).
const REQUIREMENT =
  /\b(?:is|are) required\b|\b(?:was|were|is) (?:also )?None\b|\bmust be (?:provided|specified|set|given|supplied)\b|\beither specify\b|\b(?:should|must|cannot|can ?not) (?:not )?be (?:null|empty)\b|\bis not (?:a )?valid\b|\bis invalid\b|\bgot an unexpected keyword argument\b|\bgot multiple values for (?:keyword )?argument\b/i;
const REQUIREMENT_WORDS = ['required', 'none', 'must be', 'either specify', 'null', 'empty', 'valid', 'unexpected keyword', 'multiple values', 'existing', 'exists', 'not set', 'not present', 'mandatory'];
// A serving container's own setting, a model's environment variable (its `Environment`), named first in the
// exception's message and said unset, to be set, or outside its two values: "HF_OPTIMUM_SEQUENCE_LENGTH
// environment variable is not set", "… must be set to a positive integer", "SAGEMAKER_TFS_ENABLE_BATCHING must be
// 'true' or 'false'". Only the containers' own prefixes: a library's CUDA_HOME, a launcher's LOCAL_RANK or a
// script's OPENAI_API_KEY said unset are the code's environment. Without an exception's name the line is a
// log's notice ("HF_HOME is not set"), unless it is the whole text. A line that is only the requirement is no notice: a
// container's start script says the setting it lacks and exits ("HF_MODEL_ID must be set", Text Embeddings Inference's
// entrypoint, round 223).
const CONTAINER_SETTING_UNSET =
  /^[ \t]*(?:[\w.]{0,120}(?:Error|Exception):[ \t]{0,4}\(?['"]?)?(?:HF|SAGEMAKER|SM|OPTION|TS|MMS|TFS)_[A-Z0-9_]{1,60}\b[^\n]{0,60}?\b(?:(?:is|are|was) not (?:set|present)\b|must be set(?:[ \t]{1,4}to\b|[ \t]{0,4}[.!]?[ \t]*$)|must be ['"][\w.-]{1,20}['"] or ['"][\w.-]{1,20}['"])/;
const SETTING_NAME_LINE = /^(?:HF|SAGEMAKER|SM|OPTION|TS|MMS|TFS)_[A-Z0-9_]{1,60}\b/;
const SETTING_REQUIRED_LINE = /^[ \t]*(?:HF|SAGEMAKER|SM|OPTION|TS|MMS|TFS)_[A-Z0-9_]{1,60} must be set[ \t]{0,4}[.!]?[ \t]*$/;
// The same check worded as an instruction to the caller: "Supply a valid KMS key id", "Please provide
// a valid …", "please use an existing endpoint name", "Please make sure that the file exists". The
// instruction names the value itself, so no argument name is needed beside it.
// So does a value named as the request's parameter it is ("Domain is a mandatory parameter for the job.", Inference
// Recommender's, round 96).
// So is a value the request gave said invalid as AWS's APIs word it ("The provided model identifier is invalid",
// Bedrock's, round 101): "provided", "specified" or "supplied" says it came with the request. Not a credential: an
// invalid token, key or signature is the caller's identity, read as such.
// EC2's InvalidParameterValue in words ("Value for parameter iamInstanceProfile.arn is invalid", "Value (x) for parameter y is
// invalid", round 196) names the request's field and its refusal.
const ASK_FOR_VALUE =
  /\bValue (?:\([^)\n]{0,100}\) )?for parameter [\w.]{1,80} is invalid\b|\b(?:supply|provide|specify|pass|enter|use) (?:a |an )?(?:valid|existing)\b|\bmake sure (?:that )?(?:the|your) [\w -]{1,30}? exists\b|\bis a (?:mandatory|required) (?:parameter|field|argument|property)\b|\bthe (?:provided|specified|supplied) (?![\w -]{0,40}?\b(?:token|credentials?|signature|password|secret|access key)\b)[\w -]{1,40}? (?:is|was) (?:invalid|not valid)\b/i;
// The SageMaker SDK's own checks of its configuration name the service they configure ("a region
// supported by SageMaker", "cannot be used as a SageMaker execution role"), or, in its own words, the role it needs
// ("An AWS IAM role is required to create an estimator.", round 55; not any check that names an IAM role, the
// twenty-ninth review); a script's ValueError rarely does.
// The SDK v3's check of its SourceCode names the argument it refused by its own name ("ValueError: Invalid 'source_dir' path:
// ./src. Must be a valid local directory, s3 uri or path to tar.gz file", "Invalid 'entry_script': train.py. Must be a valid file
// within the 'source_dir'.", the ninety-ninth review).
const SDK_CHECK = /\b(?:ValueError|TypeError): [^\n]{0,300}?\b(?:SageMaker\b|An AWS IAM role is required\b)|\bValueError: Invalid '(?:source_dir|entry_script|requirements|command)'(?: path)?: [^\n]{0,300}?\bMust be a valid\b/;
// The SDK's check that the entry point is inside the source directory it is given, worded without the service's
// name ("ValueError: No file named \"scripts/hpo.py\" was found in directory \"scripts\".", round 54): the job's
// `entry_point` and `source_dir` arguments, before any job was created. Its quoted file and directory are what
// tell it from a script's own search for a file.
const SDK_SOURCE_CHECK = /\bValueError: No file named "[^"\n]{1,300}" was found in directory "[^"\n]{1,300}"/;
// The SDK's check of a value against the API's own constraint, in the API's words ("ValueError: The run_name (length: 73)
// must have length less than or equal to 59", SageMaker Experiments, round 180; AWS's "Member must have length less than
// or equal to 63"): the request's field, refused before it was sent.
const SDK_CONSTRAINT_CHECK = /\b(?:ValueError|TypeError): [^\n]{0,200}?\bmust have length (?:less|greater) than or equal to \d{1,6}\b/;
// pydantic v1's classification of a field's error after its message ("value is not a valid float
// (type=type_error.float)", round 87): the error's kind, not an argument the caller passed.
const PYDANTIC_ERROR_TYPE = /\(type=[\w.]{1,60}\)/g;
// pydantic's report on a class the SageMaker SDK validates its arguments with (v3's ModelTrainer, ModelBuilder,
// sagemaker-core's shapes): "1 validation error for ModelTrainer⏎sagemaker_session⏎  Input should be an instance of
// Session" (aws/sagemaker-python-sdk#5195, round 111). Only where the report's field lines show an object of the SDK's
// package (input_value=<sagemaker.…>) or its session argument (sagemaker_session): another library's model refusing a
// value is its own, a SageMaker integration's class among them (llama-index's event, round 87; LangChain's
// SagemakerEndpoint and kedro-sagemaker's plugin config, labelled `unknown` in rounds 34 and 20), and so is a script's
// model of its hyperparameters, which SageMaker names sagemaker_program, sagemaker_submit_directory, … (the forty-eighth
// review).
// The SDK v3's own classes are named in the report's header, whatever the fields show ("1 validation error for
// ModelTrainer⏎training_image⏎  Input should be a valid string [… input_type=ParameterString]", round 188).
const SDK_V3_CLASS = /\bvalidation errors? for (?:ModelTrainer|ModelBuilder)\b/;
// Its configuration classes (sagemaker.modules.configs: Compute, SourceCode, Networking, InputData, and the sagemaker-core
// shapes it re-exports) carry names a script's own model may share ("Compute"), so they count with a field of theirs on the
// report's next line, the CreateTrainingJob field in snake case ("1 validation error for Compute⏎instance_count⏎  Input should be a
// valid integer", the hundred-and-second review; the text need not say "sagemaker").
// sagemaker-core's own shapes behind them (ResourceConfig behind Compute, VpcConfig behind Networking) likewise. A field the class
// does not take ("entry_point" for SourceCode's entry_script: "Extra inputs are not permitted [type=extra_forbidden …]", the
// hundred-and-ninth review) is an argument of the SDK's mistyped, as one of its own is.
const SDK_V3_CONFIG = /\bvalidation errors? for (?:Compute|SourceCode|Networking|InputData|StoppingCondition|RetryStrategy|OutputDataConfig|Channel|DataSource|S3DataSource|FileSystemDataSource|CheckpointConfig|TensorBoardOutputConfig|InfraCheckConfig|RemoteDebugConfig|InstanceGroup|ResourceConfig|VpcConfig|AlgorithmSpecification)\b/;
const EXTRA_FORBIDDEN = /^[ \t]{1,8}Extra inputs are not permitted\b/;
const SDK_V3_CONFIG_FIELD =
  /^(?:instance_type|instance_count|volume_size_in_gb|volume_kms_key_id|keep_alive_period_in_seconds|instance_groups|enable_managed_spot_training|source_dir|requirements|entry_script|command|security_group_ids|subnets|enable_network_isolation|enable_inter_container_traffic_encryption|channel_name|data_source|max_runtime_in_seconds|max_wait_time_in_seconds|maximum_retry_attempts|s3_output_path|kms_key_id|compression_type|s3_uri|s3_data_type|s3_data_distribution_type|local_path|file_system_id|file_system_type|directory_path|file_system_access_mode)(?:\.\d{1,3})?[ \t]*$/;
const PYDANTIC_REPORT = /\b\d{1,3} validation errors? for [A-Z][A-Za-z0-9]{1,80}\b(?:\n[^\n]{0,300}){0,4}/;

// The AWS CLI's own parser ("aws: error: the following arguments are required: --training-job-name", "aws: error:
// argument --instance-count: expected one argument"): the command's request lacks or mangles a parameter (the thirty-first
// review left it to this, the fifty-third found nothing read it), and its parse of a parameter's value ("Error parsing parameter
// '--provisioned-throughput': Invalid JSON: …", round 186).
export const CLI_PARAMETER_PARSE = /^Error parsing parameter '--[\w-]{1,80}': /m;
const AWS_CLI_PARSER = new RegExp(`^(?:aws: error: (?:the following arguments are required|argument [^\\n]{1,100}?: (?:invalid|expected))|${CLI_PARAMETER_PARSE.source.slice(1)})[^\\n]{0,300}`, 'm');

/** The argument check of the client (the SageMaker SDK, botocore) or an API field the request lacks. */
export function argumentCheck(parts: FailureParts, text: string, lower: string): string | undefined {
  if (parts.side === 'algorithm' || CONTAINER_PATH.test(text)) return undefined;
  const cli = lower.includes('aws: error:') || lower.includes('error parsing parameter') ? AWS_CLI_PARSER.exec(text)?.[0] : undefined;
  if (cli) return cli;
  const pydantic = lower.includes(' validation error') ? PYDANTIC_REPORT.exec(text)?.[0] : undefined;
  const [header = '', ...fields] = pydantic?.split('\n') ?? [];
  const sdkNamed = lower.includes('sagemaker') || lower.includes('for model');
  if (pydantic && sdkNamed && (SDK_V3_CLASS.test(header) || fields.some((line) => /<sagemaker\.|\bsagemaker_session\b/.test(line)))) return header;
  if (pydantic && SDK_V3_CONFIG.test(header) && (SDK_V3_CONFIG_FIELD.test(fields[0] ?? '') || EXTRA_FORBIDDEN.test(fields[1] ?? ''))) return header;
  const sdk = lower.includes('sagemaker') || lower.includes('aws iam role is required') || lower.includes('must be a valid') ? SDK_CHECK.exec(text)?.[0] : undefined;
  if (sdk) return sdk;
  const source = lower.includes('no file named') ? SDK_SOURCE_CHECK.exec(text)?.[0] : undefined;
  if (source) return source;
  const constraint = lower.includes('must have length') ? SDK_CONSTRAINT_CHECK.exec(text)?.[0] : undefined;
  if (constraint) return constraint;
  if (!holdsAny(lower, REQUIREMENT_WORDS)) return undefined;
  const oneLine = !text.trim().includes('\n');
  // The requirement alone on its line is a refusal unless the next line goes on past it (a start script that fell back to a
  // default) or names another setting (a README's list of variables; the sixty-ninth review).
  const requirementEnded = (l: string) => {
    if (!SETTING_REQUIRED_LINE.test(l)) return false;
    const at = text.indexOf(l);
    return !nextLineWentOnAt(text, at) && !SETTING_NAME_LINE.test(text.slice(at + l.length + 1).trimStart());
  };
  const setting = (l: string) => CONTAINER_SETTING_UNSET.test(l) && (oneLine || RAISED_LINE.test(l) || requirementEnded(l));
  const line = text.split('\n', 50).find((l) => l.length < 4096 && ((REQUIREMENT.test(l) && ARGUMENT_NAME.test(l.replace(PYDANTIC_ERROR_TYPE, ''))) || ASK_FOR_VALUE.test(l) || setting(l)));
  return line?.trim();
}

// A setting of the request named as a count or a size beside the numeric bound it must be past: "Min
// instance count needs to be greater than 0 for enabled managed instance scaling", "Inference components
// copy count an integer larger than 0" (SageMaker's CreateEndpointConfig and CreateInferenceComponent
// refusals quoted in stdapi-ai/stdapi.ai#43), an API field by its name ("InitialInstanceCount needs to be
// greater than or equal to 1"). The request's value is what to change (`validation`), as
// AWS's "Member must have value greater than or equal to 1" is. Only as the message's own first sentence
// (a script's own "ValueError: batch size must be greater than 0" is the code's check), and not the
// dataset's count ("number of samples … less than"), which data-size readings take.
const BOUND_REQUIRED =
  /\b[a-z]{0,40}?(?:count|size|capacity)[ \t]{1,4}(?:(?:needs?|has|have) to be|must be|should be|an? (?:integer|number|value))[ \t]{1,4}(?:an? (?:integer|number|value)[ \t]{1,4})?(?:greater|larger|bigger|more|less|smaller|fewer|lower|higher)[ \t]{1,4}than\b(?:[ \t]{1,4}or equal to)?[ \t]{1,4}-?\d/i;
// The sentence is the refusal itself: it starts its line (the setting's name first, a few words), at most
// after the service's class or label ("ValidationException: …"). A script's own check prints it under an
// exception's name, in a traceback (its source line, its exception's message), or after a log's level; a
// log line with the same words is the job's own print (read-observations.ts never reads it there).
const REQUEST_LEAD = /^[ \t]{0,4}(?:(?:ClientError|Validation(?:Exception|Error)|Error|Resource handler returned message)[ \t]{0,4}:[ \t]{0,4}"?)?(?:[A-Za-z][\w-]{0,40}[ \t]{1,4}){0,4}$/;
// The AWS SDK for Java's trailer, as CloudFormation relays a service's refusal ("… (Service: SageMaker,
// Status Code: 400, Request ID: …)"): the sentence before it on its line is the service's, whatever led it.
const SERVICE_TRAILER = /\(Service: [\w .-]{1,60}, Status Code: 4\d\d\b/;
const MAX_LEAD = 160;

// A script's exception whose message goes on over the next lines ("ValueError: Invalid hyperparameters:\n
// batch size must be greater than 0"): a line of the few above that starts with an exception's name, not the
// service's.
const SCRIPT_EXCEPTION_ABOVE = new RegExp(
  String.raw`(?:^|\n)${EXCEPTION_MODULE_PATH}(?!ClientError\b|Validation(?:Exception|Error)\b)${EXCEPTION_CLASS_NAME}(?:Error|Exception|Warning):`,
);
const ABOVE_REACH = 400;

/** Whether the match at `at` starts its line, after at most the service's label and the setting's name, and is not a script exception's message going on. */
function startsItsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lead = (at - lineStart <= MAX_LEAD && REQUEST_LEAD.test(text.slice(lineStart, at))) || SERVICE_TRAILER.test(lineAt(text, at, 0));
  return lead && !SCRIPT_EXCEPTION_ABOVE.test(text.slice(Math.max(0, lineStart - ABOVE_REACH), lineStart));
}

// The same bound worded as the value's fault, then the bound itself: "Error: EBS Storage Volume is too low. The minimum
// value is 5 GB" (SageMaker Studio's space settings, round 134). The bound's own sentence is what says a setting was
// checked, not a quantity measured; the same start-of-line rule keeps a script's exception out.
const PAST_STATED_BOUND =
  /\b(?:is|are|was) too (?:low|high|small|large|big|short|long)\b[.,;]?[ \t]{1,4}(?:the )?(?:minimum|maximum)\b[^\n.]{0,30}?\bis\b[ \t]{0,3}:?[ \t]{0,3}-?\d/i;

// A service telling the caller to retry with a value past a bound ("The maximum tokens you requested exceed the model limit
// of 4096. Try again with a maximum tokens value lower than 4096.", Bedrock's, round 141): the request's value.
// CloudFormation's check of a property's length ("CronFunction ZipFile length cannot exceed 4096 characters. For larger
// source use S3Bucket/S3Key properties instead.", round 146) is a bound the request's value is past.
// AWS Batch's "Container Overrides length must be at most 8192" (a job's status reason, round 150) says the same of its
// overrides, named in two words.
const PROPERTY_LENGTH_BOUND = /\b[A-Z][A-Za-z0-9]{1,60}(?: [A-Z][A-Za-z0-9]{1,60})? length (?:cannot exceed \d{1,9} characters|must be at most \d{1,9})\b/;
const RETRY_WITH_BOUND = /\bTry again with an? (?:[\w-]{1,30} ){1,4}(?:lower|less|smaller|higher|greater|larger) than \d/i;
// A size the request gave, stated beside the size the service supports ("Image size 13494688833 is greater than supported
// size 10737418240", a serverless endpoint's container image over its limit, round 229 and round 45's qnabot text): the
// configuration's choice to change. Not a payload's, a record's or a body's (payload-size.ts reads those as the data), and
// only the service's "supported size": a script's check of its input against a maximum ("Image size 8192 is larger than
// maximum size 4096 (tile_0091.tif)") is the data's (the seventy-sixth review). As the refusal's first sentence, or the
// reason a waiter relays ("… last error: Image size …", Terraform's).
const SIZE_PAST_SUPPORTED =
  /\b(?!(?:payload|body|message|request|response|record|frame|input|batch)\b)[A-Za-z]{1,40} size \d{1,15}(?:[ \t]?(?:[KMGT]i?B|bytes))? is (?:greater|larger|bigger|more) than (?:the )?supported size\b/i;
const RELAYED_REASON = /(?:last error|Reason):[ \t]{0,4}$/;

/** A count or size of the request said to need a bound, in the refusal's own sentence (outside a traceback). */
export function settingBound(text: string, lower: string): string | undefined {
  if (text.includes(TRACEBACK_HEADER)) return undefined;
  const ok = (at: number) => startsItsLine(text, at);
  return findIfWhere(lower, [' than '], BOUND_REQUIRED, text, ok) ?? findIfWhere(lower, ['too '], PAST_STATED_BOUND, text, ok) ?? findIf(lower, ['try again with'], RETRY_WITH_BOUND, text) ?? findIf(lower, ['length cannot exceed', 'length must be at most'], PROPERTY_LENGTH_BOUND, text) ?? findIfWhere(lower, ['than supported size', 'than the supported size'], SIZE_PAST_SUPPORTED, text, (at) => ok(at) || RELAYED_REASON.test(text.slice(Math.max(0, at - 20), at)));
}
