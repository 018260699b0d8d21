import { checkChoice, checkConfigured } from './check-instructions';
import { RAISED_LINE, TRACEBACK_HEADER } from './client-traceback';
import { containerAnswerOf } from './container-reports';
import { undecodedHyperparameter, versionComparison } from './environment-reports';
import type { FailureParts } from './failure-parts';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';
import { kubernetesRefusal } from './kubernetes-reports';
import { isWarningLineAt, lineWentOnPastAt } from './quiet-lines';
import { argumentCheck, CONTAINER_PATH, settingBound } from './request-arguments';
import { readRequestResourceReport } from './request-resource-reports';
import { readUnsupportedCombination } from './unsupported-combination';
import { HYPERPARAMETER_CHECK, HYPERPARAMETER_CHECK_WORDS, PROPERTIES_SCHEMA_REPORT, PROPERTIES_SCHEMA_WORDS, SCHEMA_REPORT, SCHEMA_WORDS } from './schema-reports';

// The reports a client or a service writes when it refuses a request before doing anything: the
// request (an argument, a field, a hyperparameter) is what is wrong, so each is `validation`.

// botocore's ParamValidationError report lines: the request was malformed before it was sent. Its header too,
// whatever the report's lines say ("Parameter validation failed:\nInvalid bucket name \"…\": Bucket name must match
// the regex …", S3's own check of a bucket's name, the AWS CLI's "fatal error: " before it, round 53).
// The AWS SDK for Go v1's ErrInvalidParams says it so ("InvalidParameter: 1 validation error(s) found.⏎- minimum field size of
// 20, AssumeRoleWithSAMLInput.PrincipalArn.", round 157).
const PARAM_REPORT = /\b(?:Unknown parameter in|Missing required parameter in|Invalid (?:length|type|value|range) for parameter)\b|\bParameter validation failed:|\bInvalidParameter: \d{1,3} validation error\(s\) found\b/;
// AWS's own validation report ("1 validation error detected: Value '…' at 'x' failed to satisfy
// constraint: Member must …"), also when the text dropped the ValidationException code before it.
const CONSTRAINT_REPORT = /\bfailed to satisfy constraint\b|\bvalidation errors? detected\b/i;
// AWS's word for the field in that report, capitalised ("Member must have length less than or equal to 63", round 225), is the
// same report quoted without its head, only in AWS's own forms (a bound, a pattern, an enum set) at the line's head or after the
// validation code: "each member must have" is prose, a script's "ValueError: Member must have a non-empty customer_id" its
// check, a Java server's "ConstraintViolationException: score.member: Member must not be null" its own (the 72nd review).
const MEMBER_CONSTRAINT = /(?:^|\bValidation(?:Error|Exception):[ \t]{1,3}|[;:][ \t]{1,3})Member must (?:have (?:length|value) (?:less|greater) than or equal to -?\d|satisfy (?:regular expression pattern|enum value set))/m;
// A value the request must carry and lacks, in words (the MissingParameter codes' meaning): "is missing
// required connection key(s): PWD", "Required credentials are missing. Please add IAM role …".
const MISSING_REQUIRED =
  /\bmissing (?:the |a |one or more |some )?required\b[^\n]{0,40}?\b(?:parameters?|keys?|fields?|arguments?|propert(?:y|ies)|values?|settings?|options?)\b|\brequired\b[^\n]{0,40}?\b(?:is|are) missing\b/i;
// A value whose syntax the service refuses: AWS's pattern constraints in words.
const SYNTAX_REPORT = /\bcontains? (?:one or more )?invalid characters?\b|\bmust (?:match|satisfy) (?:the )?(?:regular expression )?pattern\b/i;
// A configuration (a file or a document the job is given to configure it, not the data it reads)
// that cannot be loaded, fails its schema, carries keys its reader does not know, or is missing:
// "Unable to load analysis configuration as JSON.", "Analysis configuration schema validation
// error.", "The config file at … had unknown keys (['x'])", "Missing XLA configuration".
// An API field that is a configuration ("InputConfiguration: Input input has wrong shape …", Neo's
// InputConfig) counts as the subject too: its name ends in Config/Configuration without a space.
// "Incompatible" is a defect of what the configuration names as much as "wrong" ("InputConfiguration:
// Incompatible ONNX model": the model given does not fit the framework the request says).
// An exception named for an illegal or invalid configuration says so in its name (LMI's secure mode:
// "IllegalConfigurationException: Setting TRUST_REMOTE_CODE to True is prohibited in Secure Mode.", round 82).
const CONFIG_DEFECT =
  /\b(?:Illegal|Invalid)Config(?:uration)?(?:Exception|Error)\b|(?:\b|(?<=[a-z]))config(?:uration)?\b[^\n]{0,100}?\b(?:schema|validation errors?|invalid|malformed|wrong|incorrect|incompatible|not (?:a )?valid|unknown (?:keys?|fields?|propert(?:y|ies)|options?|parameters?|settings?))\b|\b(?:unable|failed) to (?:load|parse|read)\b[^\n]{0,60}?\bconfig(?:uration)?\b|\bmissing\b[^\n]{0,40}?\bconfig(?:uration)?\b|\bno\b[^\n]{0,40}?\bconfig(?:uration)?\b[^\n]{0,20}?\b(?:found|provided|given|specified)\b/i;
// An update the service refuses because it would change nothing: "Unable to update cluster as there are no
// changes" (SageMaker HyperPod's UpdateCluster given the same instance groups again, round 35's
// daekeun-ml/aws-ai-infra-helper eks/setup/README.md, whose fix is to change the request). The refusal
// (unable to, cannot, could not, failed to update) and its reason, no changes or no updates, in one
// sentence; an update that failed for anything else is not this report.
const UPDATE_WITHOUT_CHANGE =
  /\b(?:unable to|cannot|can ?not|could not|failed to) update\b[^\n.]{0,60}?\b(?:as|because|since)\b[^\n.]{0,12}?\bthere (?:are|is|were|was) no (?:changes|updates)\b/i;
// An instance type the request named, refused in so many words ("Burstable instance type ml.t2.medium is not allowed.",
// Inference Recommender's, round 68): the request's choice, as "… is not supported" is. Only after a SageMaker instance
// type's own name: "is not allowed" alone is as often a permission ("Cross-account pass role is not allowed").
// The name may stand in brackets or quotes and before "instance type" ("The selected instance type [ml.p3.2xlarge] is
// not allowed", "ml.p4d.24xlarge instance type is currently not allowed for this model", the thirty-fifth review), and one said
// not offered in the zone of the subnet it was given ("The Notebook Instance type 'ml.t3.large' is not available in the
// availability zone 'ap-northeast-2b'. … try again using subnet in a different availability zone, or try a different instance
// type.", round 223), as EC2's "not supported in your requested Availability Zone" is (held `validation` since round 142). In
// SageMaker's form only, the type and the zone quoted (a guide's note that a type is not in a zone is advice), and not when the
// line says it is for want of capacity (the sixty-ninth review).
const INSTANCE_TYPE_NOT_ALLOWED =
  /\bml\.[a-z0-9-]{1,16}\.[a-z0-9-]{1,16}[\])'"`]?(?:[ \t]{1,3}instance[ \t]{1,3}types?)?(?:[ \t]{1,3}(?:is|are))?(?:[ \t]{1,3}currently)?[ \t]{1,3}not[ \t]{1,3}allowed\b|\binstance[ \t]{1,3}type[ \t]{1,3}['"]ml\.[a-z0-9-]{1,16}\.[a-z0-9-]{1,16}['"][ \t]{1,3}is[ \t]{1,3}not[ \t]{1,3}available[ \t]{1,3}in[ \t]{1,3}the[ \t]{1,3}availability[ \t]{1,3}zone[ \t]{1,3}['"](?![^\n]{0,400}\bcapacity\b)/i;
// An argument given more than once where the launcher takes it once (mpirun's "The following MCA
// parameter has been listed multiple times on the command line … can only be listed once").
const DUPLICATE_ARGUMENT =
  /\b(?:parameter|argument|option|flag)s?\b[^\n]{0,60}?\b(?:listed|specified|given|provided|passed|set|defined) (?:multiple times|more than once|twice)\b|\b(?:can|may) only be (?:listed|specified|given|provided|passed|set) once\b/i;
// A sentence that is only "Invalid <value>." (the InvalidParameter codes' meaning in words): weaker
// than any rule that names what the value is (an image, a data format, a channel). Not after an
// exception's name ("ValueError: Invalid shape."): that is a script's own check. The sentence may
// name the values after a colon, as a label does ("Invalid combination: instance m5 and Cuda 12.2.",
// "Invalid region: xx-north-9."): the same report, with what was given.
// A Java server's error line begins the sentence after its level and its logger's name ("ERROR ModelServer Invalid
// configuration: Workflow KoAlpaca_12_8B is already registered.", DJL Serving's, round 76).
// The next sentence may follow with no space ("Invalid training input data configuration.Check the input data S3 Uris
// …", Bedrock's, round 101): a capitalised word after the stop starts it.
const INVALID_VALUE_SENTENCE = /(?:^|[.!?]\s{1,4}|\b(?:ERROR|FATAL|SEVERE)[ \t]{1,3}[A-Z][\w.$]{0,60}[ \t]{1,3})Invalid [A-Za-z][\w .'-]{0,60}?(?::[ \t]{1,4}[^\n]{1,160}?)?\.(?=\s|$|[A-Z][a-z]{1,20}[ \t])/m;
// Not when the sentence offers a denial as the other cause ("Invalid S3 URL or incorrect S3 permissions.", Neptune ML's,
// round 74): it does not say which.
const OR_PERMISSIONS = /\bor (?:incorrect|insufficient|missing|invalid|no|wrong) (?:[\w-]{1,20} ){0,3}(?:permissions?|access|credentials|privileges)\b/i;
// A value outside the set a client accepts: "Unrecognized …: x. Valid values: A, B", the SageMaker
// SDK's "Unsupported Python version: py3. … Supported Python version(s): py37." and "Unknown input
// channel: train is not supported by: <algorithm>". Under an AlgorithmError the same words are the code's own.
// The set's name may be a hyphenated image family ("Supported huggingface-llm version(s): 0.6.0, …").
const ENUM_REPORT =
  /\b(?:Unrecognized|Invalid|Unsupported|Unknown)\b[^\n]{1,160}?\b(?:(?:Valid|Supported|Allowed|Accepted) (?:values|options|[\w -]{1,40}?\(s\))(?: are)?:|is not supported by:|(?:Must|Should) be one of \[)/i;
// A value refused with the supported ones named after it ("Content-type test/csv not supported. Supported content-type
// is text/csv, text/libsvm", built-in XGBoost, round 55): outside a listed set too, but not in the container's own
// traceback, where the list is the training code's own check of its arguments (the twenty-eighth review), unless it
// is inside the container's answer to a call the script made: the endpoint refused it (the twenty-ninth review).
const MAX_ANSWER = 2000;
const SUPPORTED_AFTER_REFUSAL = /\bnot supported[.;]?[ \t]{1,3}(?:The )?(?:Supported|Valid|Allowed|Accepted) [\w -]{1,40}? (?:is|are)[ \t:]{1,3}\S/i;
const ENUM_WORDS = ['valid values', 'supported', 'allowed', 'accepted', 'be one of ['];
// "Invalid x: v. Must be one of [...]" is also every Python library's own f-string check ("ValueError: Unknown
// split "validation". Should be one of ['train', 'test']", datasets'): under an exception's name it is the
// request's only on the customer's side.
const LISTED_SET = /\bbe one of \[/i;
// The same report with the set named in words rather than listed after a label: "The specified model
// does not contain any of the supported flavors for deployment", "is not one of the supported instance
// types", "did not match any of the valid versions". Same limits as the list.
const NOT_AMONG_ACCEPTED =
  /\b(?:(?:is|are|was|were) not (?:one|any)|(?:does|do|did) not (?:contain|match|include|have|use) any|(?:contains|matches|includes) none) of the (?:supported|valid|allowed|accepted|permitted) [a-z][\w-]{0,30}(?: [a-z][\w-]{0,30}){0,3}/i;
const NOT_AMONG_WORDS = ['of the supported', 'of the valid', 'of the allowed', 'of the accepted', 'of the permitted'];
// A SageMaker container's own code reading an input channel the job was not given. SageMaker exports
// one SM_CHANNEL_<NAME> variable per channel, so a KeyError for one raised from a framework's or a
// built-in algorithm's package (sagemaker_<name>_container) is the job's channel list lacking what the
// algorithm requires ("KeyError: 'SM_CHANNEL_TRAIN'" in sagemaker_xgboost_container's algorithm mode),
// also under an AlgorithmError. The customer's script reading one (its traceback under /opt/ml/code,
// an ExecuteUserScriptError) expects a channel of its own choosing: that stays the code's.
// No word boundary before the class: a FailureReason copied from JSON glues it to an escaped newline
// ("…from None\nKeyError: …", the letter n before it).
const MISSING_CHANNEL_VARIABLE = /KeyError: \\?['"]?SM_CHANNEL_[A-Z0-9_]{1,60}\b/;
const PLATFORM_CONTAINER_FRAME = /\bsagemaker_[a-z]{2,30}_container\//;
// SageMaker Pipelines' wording of an API call a step made and AWS refused, its error code dropped.
// A denial in the details is read by the denial rules first; what is left is the request itself.
// The details may start a line of their own (a comment quoting the step's failure, avr2002/sagemaker).
const FAILED_TO_INVOKE = /\bFailed to invoke [a-z0-9-]{1,40}:\w{1,80}\.[ \t]{0,4}\n?[ \t]{0,4}Error Details:/;
// SageMaker Pipelines refusing a definition's step graph: a step said unable to depend on another
// ("CondStep can not depends on FailStep", the service's refusal of a ConditionStep listing a FailStep in
// its depends_on, asserted in aws/sagemaker-python-sdk tests/integ/sagemaker/workflow/test_fail_steps.py).
// Both ends are steps, named by a PascalCase name ending in Step or after the word "step": a module, a
// package or a task of another tool that cannot depend on another is not a pipeline's.
const STEP_NAME = `(?:\\b[A-Z][A-Za-z0-9]{0,60}Step\\b|\\b[Ss]tep[ \\t]{1,4}['"]?[\\w-]{1,64}['"]?)`;
const STEP_DEPENDENCY_REFUSED = new RegExp(`${STEP_NAME}[ \\t]{1,4}(?:[Cc]an ?not|[Cc]an't|may not|must not|is not allowed to)[ \\t]{1,4}depends?[ \\t]{1,4}on[ \\t]{1,4}(?:the[ \\t]{1,4})?${STEP_NAME}`);
// The details left empty ("Error Details: null.", or only Pipelines' own "Retry not appropriate …" after
// them): the refused call says nothing of why, so it is only the side (a ClientError), not the request.
const EMPTY_DETAILS = /^[ \t]{0,4}(?:null|none|undefined|n\/a)?[ \t]{0,4}\.?[ \t]{0,4}(?:$|\n|Retry not appropriate\b)/i;
// A server stating its maximum and what the request asked for beyond it ("This model's maximum context
// length is 2048 tokens. However, you requested 512 output tokens …", "you requested 8 GPUs, more than
// the maximum"): the request's values, to be brought within the maximum.
const REQUEST_OVER_MAXIMUM =
  /\b(?:maximum|max)\b[^\n]{0,60}?\bis\s{1,4}\d[\d,.]*\b[\s\S]{0,200}?\byou(?: have)? requested\b|\byou(?: have)? requested\b[^\n]{0,80}?\b(?:more than|exceeds?|greater than|over) (?:the )?(?:maximum|max|limit)\b/i;
// A launch that asks for more than the instance has, in the words of the library that checks it
// ("The number of node-local MPI processes 8 cannot be larger than the device count 4"): the job's
// instance type or its processes per host is the request to change, not the training code. (The
// number before it may be glued on, "8cannot", as that library prints it.)
const LAYOUT_EXCEEDS_HARDWARE =
  /(?<![A-Za-z])(?:cannot|can ?not|must not|should not|may not) (?:be )?(?:larger|greater|more) than (?:the )?(?:number of (?:available )?)?(?:devices?|gpus?|cpus?|cores?)(?: count)?\b|\bexceeds? (?:the )?(?:number of (?:available )?)?(?:devices|gpus|cpus|cores)\b/i;
const verdict = (rule: string, excerpt: string, strength = 50): GrammarVerdict => ({ rule, cause: 'validation', strength, excerpt: excerpt.slice(0, 200) });

/** A value the request must carry and lacks: read before connection failures, which it explains. */
export function readMissingValue(text: string, lower: string): GrammarVerdict | undefined {
  const missing = findIf(lower, ['missing'], MISSING_REQUIRED, text);
  return missing ? verdict('missing-required-value', missing) : undefined;
}

// An instruction to the caller to send a named setting with the request: in the request's header (a
// model server's "Need to pass custom_attributes='accept_eula=true' as part of header") or as the model's
// environment variable (the Hugging Face inference toolkit's "You need to define one of the following
// [...] as env 'HF_TASK'"). The request or the model's configuration lacks it (`validation`); the sentence
// must name the setting (a quoted value or a capitalised variable), so prose saying to "pass it as part of
// the pipeline" is not this. Not under an AlgorithmError nor in the container's traceback (above).
// The toolkit says the same as "Use env `HF_TASK` to define your task"; the SDK's JumpStart check as "Need to define
// 'accept_eula'='true' within Environment" (the model's Environment, a quoted setting before it; round 71).
// The SDK's check of a gated JumpStart model says it as "requires EULA acceptance. Please set accept_eula=True" (round 235):
// the argument named with the value to give it.
const CALLER_SETTING_INSTRUCTION =
  /\b[Pp]lease (?:set|pass) [`'"]?accept_eula[`'"]?[ \t]?=[ \t]?[`'"]?[Tt]rue\b|\b(?:[Nn]eeds?|[Mm]ust|[Hh]ave|[Hh]as) to (?:pass|define|set|provide|include)\b[^\n]{1,400}?(?:\bas part of (?:the )?(?:request )?headers?\b|\bas env(?:ironment variable)? ['"`][A-Z][A-Z0-9_]{1,60}['"`]|['"`][ \t]{0,2}within (?:the )?Environment\b)|\b[Uu]se (?:the )?env(?:ironment variable)? ['"`]?[A-Z][A-Z0-9_]{1,60}['"`]? to (?:define|set|specify)\b/;

/**
 * A report that the request itself is invalid: botocore's parameter report, AWS's constraint report,
 * a value outside a listed set, a refused Pipelines call, a hyperparameter failing the algorithm's
 * JSON Schema, an argument the client requires, a bucket in another region. Undefined when none.
 */
export function readValidationReport(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  // Above the AlgorithmError's class (30 + 3): the platform's code named what the request lacks.
  const channel = lower.includes('sm_channel_') && PLATFORM_CONTAINER_FRAME.test(text) && !CONTAINER_PATH.test(text) ? MISSING_CHANNEL_VARIABLE.exec(text)?.[0] : undefined;
  if (channel) return verdict('platform-missing-channel', channel, 45);
  const report = findIf(lower, ['parameter'], PARAM_REPORT, text);
  if (report) return verdict('param-validation-report', report);
  const constraint = findIf(lower, ['constraint', 'validation error'], CONSTRAINT_REPORT, text) ?? findIf(lower, ['member must'], MEMBER_CONSTRAINT, text);
  if (constraint) return verdict('constraint-report', constraint);
  const kubernetes = kubernetesRefusal(text, lower);
  if (kubernetes) return verdict(kubernetes.rule, kubernetes.excerpt);
  // The built-in algorithm checks its hyperparameters against a schema: also under an AlgorithmError.
  const schema = findIf(lower, SCHEMA_WORDS, SCHEMA_REPORT, text) ?? findIfWhere(lower, HYPERPARAMETER_CHECK_WORDS, HYPERPARAMETER_CHECK, text, (at) => !lineWentOnPastAt(text, at));
  if (schema) return verdict('schema-report', schema, 52);
  // A pointer line alone is CloudFormation's only where no model server's answer is relayed: a Java server's schema check
  // of an invocation's body ("Received client error (400) … #/instances/0/features: expected minItems: 4") is the
  // payload's (the thirty-seventh review).
  const propertiesFound = findIf(lower, PROPERTIES_SCHEMA_WORDS, PROPERTIES_SCHEMA_REPORT, text);
  const properties = propertiesFound && (propertiesFound.startsWith('Properties validation failed') || !lower.includes('received client error')) ? propertiesFound : undefined;
  if (properties) return verdict('properties-schema-report', properties, 52);
  const undecoded = undecodedHyperparameter(text, lower);
  if (undecoded) return verdict('hyperparameter-undecoded', undecoded, 52);
  const answerAt = lower.includes('not supported') ? containerAnswerOf(text, lower).at : -1;
  // Inside the answer: after its head, within its message, before any traceback printed after it (the thirtieth
  // review: a script's own check raised below an earlier, unrelated answer is the script's).
  const inAnswer = (at: number) => answerAt >= 0 && at > answerAt && at - answerAt <= MAX_ANSWER && !text.slice(answerAt, at).includes(TRACEBACK_HEADER);
  const raisedList = (at: number) => {
    const line = lineAt(text, at);
    return parts.side !== 'client' && RAISED_LINE.test(line) && LISTED_SET.test(line);
  };
  const choices =
    parts.side === 'algorithm'
      ? undefined
      : (findIfWhere(lower, ENUM_WORDS, ENUM_REPORT, text, (at) => !raisedList(at)) ??
        findIf(lower, NOT_AMONG_WORDS, NOT_AMONG_ACCEPTED, text) ??
        findIfWhere(lower, ['not supported'], SUPPORTED_AFTER_REFUSAL, text, (at) => !CONTAINER_PATH.test(text) || inAnswer(at)));
  if (choices) return verdict('enum-report', choices);
  const invoke = findIf(lower, ['failed to invoke'], FAILED_TO_INVOKE, text);
  if (invoke && !EMPTY_DETAILS.test(text.slice(text.indexOf(invoke) + invoke.length, text.indexOf(invoke) + invoke.length + 200))) {
    return verdict('pipeline-invoke-refused', invoke);
  }
  // Just above the training code's bare ValueError (30) of the same text, just below an AlgorithmError
  // FailureReason (30 + 3): a log line's argument check does not outrank the job's own class.
  const argument = argumentCheck(parts, text, lower);
  if (argument) return verdict('argument-check', argument, 32);
  const layout = parts.side === 'algorithm' || CONTAINER_PATH.test(text) ? undefined : findIf(lower, [' than ', 'exceed'], LAYOUT_EXCEEDS_HARDWARE, text);
  if (layout) return verdict('layout-exceeds-hardware', layout, 32);
  const overMaximum = parts.side === 'algorithm' ? undefined : findIf(lower, ['requested'], REQUEST_OVER_MAXIMUM, text);
  if (overMaximum) return verdict('request-over-maximum', overMaximum.replace(/\s+/g, ' '));
  const named = readRequestResourceReport(parts, text, lower);
  if (named) return verdict(named.rule, named.excerpt, named.strength);
  // The request's values, not the code's: under an AlgorithmError or in the container's traceback a
  // pattern, a configuration or a value the code checks is the code's own business.
  if (parts.side === 'algorithm' || CONTAINER_PATH.test(text)) return undefined;
  const version = versionComparison(text, lower);
  // Above the traceback that carries it (33): the environment the job was given is what to change.
  if (version) return verdict('version-mismatch', version, 44);
  const dependency = findIf(lower, ['depend'], STEP_DEPENDENCY_REFUSED, text);
  if (dependency) return verdict('pipeline-step-dependency', dependency);
  // A warning line that an update changed nothing goes on without it: not what failed. Under a Python
  // traceback the words are a script's own raise unless the service's ValidationException carries them.
  const scripted = text.includes(TRACEBACK_HEADER) && !lower.includes('validationexception');
  const unchanged = scripted ? undefined : findIfWhere(lower, ['no changes', 'no updates'], UPDATE_WITHOUT_CHANGE, text, (at) => !isWarningLineAt(text, at));
  if (unchanged) return verdict('update-without-change', unchanged);
  const syntax = findIf(lower, ['invalid character', 'pattern'], SYNTAX_REPORT, text);
  if (syntax) return verdict('syntax-report', syntax);
  // Not on a warning's line, Python's warnings module's too: a generation config's "may hold incorrect parameterization and should
  // be fixed" is transformers' notice, and the program went on (the hundred-and-forty-second review).
  const config = findIfWhere(lower, ['config'], CONFIG_DEFECT, text, (at) => !isWarningLineAt(text, at)) ?? checkConfigured(text, lower);
  if (config) return verdict('configuration-invalid', config);
  const choice = checkChoice(text, lower);
  if (choice) return verdict('choice-check', choice);
  const duplicate = findIf(lower, ['multiple times', 'more than once', 'twice', 'only be'], DUPLICATE_ARGUMENT, text);
  if (duplicate) return verdict('duplicate-argument', duplicate);
  const invalidSentence = findIf(lower, ['invalid '], INVALID_VALUE_SENTENCE, text);
  const invalid = invalidSentence && !OR_PERMISSIONS.test(invalidSentence) ? invalidSentence : undefined;
  if (invalid) return verdict('invalid-value', invalid.replace(/^[.!?]\s*/, ''), 45);
  const bound = settingBound(text, lower);
  // As weak as "Invalid <value>." (45): a reading that names what the value is outranks it.
  if (bound) return verdict('bound-required-of-setting', bound, 45);
  const unsupported = readUnsupportedCombination(text, lower);
  if (unsupported) return verdict('unsupported-combination', unsupported, 44);
  const instanceType = findIf(lower, ['not allowed', 'availability zone'], INSTANCE_TYPE_NOT_ALLOWED, text);
  if (instanceType) return verdict('instance-type-not-allowed', instanceType, 44);
  // Not on a warning line that the job went on past; "within Environment" (the SDK's JumpStart check, whose traceback is
  // reduced to its exception before this) not in a traceback either: a script's own "… within the Environment of the
  // processor" is its check (the thirty-sixth review). The toolkit's "as env 'HF_TASK'" keeps its traceback.
  const settingAt = findIfWhere(lower, ['as part of', ' as env', 'use env', 'use the env', 'within environment', 'within the environment', 'accept_eula'], CALLER_SETTING_INSTRUCTION, text, (at) => !isWarningLineAt(text, at));
  const setting = settingAt && scripted && /\bwithin (?:the )?Environment\b/.test(settingAt) ? undefined : settingAt;
  // Above the bare ValueError (33) that may carry it: the sentence names the setting the caller must add.
  if (setting) return verdict('caller-setting-instruction', setting, 40);
  return undefined;
}
