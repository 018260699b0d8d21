// The schema checks a request's values fail, in their checkers' words: JSON Schema's (a built-in algorithm's
// hyperparameters, its toolkit's validation module) and CloudFormation's (a resource's properties).

// JSON Schema's report (the `jsonschema` library the built-in algorithms validate hyperparameters
// with): "Additional properties are not allowed", "… is not valid under any of the given schemas",
// "Failed validating 'oneOf' in schema", "… is a required property", "… is not of type 'integer'".
// The phrases are long enough that copies wrap them: the gaps are bounded whitespace. A built-in algorithm words the first of
// its own hyperparameters ("ValidationError: Additional hyperparameters are not allowed (u'foo' was unexpected)", seq2seq's, the
// hundred-and-forty-fourth review), whatever class carries it.
// The `schema` library's report, which Clarify checks its analysis configuration with ("SchemaError: Key 'facet' error:⏎
// Or({…}) did not validate {'name_or_index': None}", round 220): the configuration's key it names is what to change.
export const SCHEMA_REPORT =
  /\bSchemaError:[ \t]{0,4}Key '[^'\n]{1,80}' error:|\bAdditional\s{1,8}(?:properties|hyperparameters|parameters|fields|keys)\s{1,8}are\s{1,8}not\s{1,8}allowed\b|\bis\s{1,8}not\s{1,8}valid\s{1,8}under\s{1,8}any\s{1,8}of\s{1,8}the\s{1,8}given\s{1,8}schemas\b|\bFailed\s{1,8}validating\s{1,8}u?'?\w{1,40}'?\s{1,8}in\s{1,8}schema\b|\bis\s{1,8}a\s{1,8}required\s{1,8}property\b|\bis\s{1,8}not\s{1,8}of\s{1,8}type\s{1,8}u?'\w{1,20}'/i;
export const SCHEMA_WORDS = ['schema', 'additional', 'required', 'of type'];
// CloudFormation's report of a resource's properties against the resource type's schema: its head ("Properties validation
// failed for resource sagemaker with message:") and its validator's lines, each a JSON pointer into the properties and
// what is wrong there ("#/DefaultUserSettings: extraneous key [StudioWebPortal] is not permitted", "#/…/LifecycleConfigArns/0:
// failed validation constraint for keyword [pattern]", "required key [DomainName] not found", "expected type: String,
// found: JSONArray"; round 73). The template's properties are the request: the value at that pointer is to change.
export const PROPERTIES_SCHEMA_REPORT =
  /\bProperties validation failed for resource [\w-]{1,255} with message\b|(?:^|[\s(["'])#(?:\/[\w.-]{1,100}){0,16}: (?:extraneous key \[|required key \[|expected type: \w|failed validation constraint for keyword \[|expected (?:minLength|maxLength|minimum|maximum|minItems|maxItems): |string \[[^\n\]]{0,200}\] does not match pattern\b)/;
export const PROPERTIES_SCHEMA_WORDS = ['properties validation failed', 'extraneous key', 'required key', 'expected type', 'validation constraint', 'expected min', 'expected max', 'does not match pattern'];
// A built-in algorithm's hyperparameter check, seen in its traceback: the algorithm toolkit's validation module, or its own
// sentence for a value outside the hyperparameter's range ("Hyperparameter eval_metric: value ['"auc"'] not in range […]",
// sagemaker-algorithm-toolkit's `validate_range`, quoted without SageMaker's ClientError in a project's notes, round 217); not
// on a line logged at WARN or below that says the program went on ("… not in range […], clipping to 0.1", the sixty-sixth review).
// Its other sentences (hyperparameter_validation.py): a value outside a listed set ("Hyperparameter objective: reg:liniear is not
// in ['binary:hinge', …]"), a value it could not parse ("Hyperparameter max_depth: could not parse value (caused by ValueError)",
// whose "Caused by: invalid literal for int()" is the parse, not the data's), a required one missing (the hundred-and-first review).
export const HYPERPARAMETER_CHECK =
  /\bhyperparameter_validation\.py\b|\bHyperparameter [\w.-]{1,60}: (?:value [^\n]{1,300}? not in range\b|[^\n]{1,300}? is not in [[({]|could not parse value\b)|\bMissing required hyperparameter: [\w.-]/;
export const HYPERPARAMETER_CHECK_WORDS = ['hyperparameter_validation', 'not in range', 'is not in', 'could not parse value', 'missing required hyperparameter'];
