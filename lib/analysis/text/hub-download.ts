import { MODEL_HUB_EXCEPTION } from './error-families';
import { withoutStatusLines } from './stage-words';
import { hostsIn, namesHttpStatus, type FailureParts } from './failure-parts';
import { findIf, findIfWhere } from './grammar-verdict';
import { linesAround } from './line-window';
import { wentOnPastAt } from './quiet-lines';
import { weightsDownloadFailed } from './weights-download';

// A model download that failed at a model hub (Hugging Face, TF Hub, Kaggle, ModelScope, torch.hub's hosts): the hub's
// own exception, its token or gated repository refused, a dataset or file it could not give, or a request to it that
// failed. What connect-detail.ts reads first, since a connection failure to a hub is the download's, not the VPC's.
// Model hubs only: download.pytorch.org also serves pip wheels, so it says nothing on its own.
const MODEL_HUB_HOST = /(?:^|\.)(?:huggingface\.co|hf\.co|tfhub\.dev|kaggle\.com|modelscope\.cn)$/;
const MODEL_HUB_WORDS = /\bhuggingface\.co\b|is not a local folder and is not a valid model identifier|Can't load (?:the )?(?:tokenizer|config|model|weights)\b/i;
// A model hub's own credential, missing or refused: "a huggingface token was not found", "HF_TOKEN is
// not set", "Invalid Hugging Face Hub token": the download cannot be authorised, whatever the connection did.
const HUB_TOKEN =
  /\b(?:hugging[ _]?face|hf|hub)(?:[ _-]hub)?(?:[ _-]api)?[ _-]?token\b[^\n]{0,60}?\b(?:(?:was |is )?not (?:found|set|provided|valid)|(?:is )?missing|(?:is )?required|invalid|expired)\b|\binvalid (?:hugging[ _]?face |hf )?(?:hub )?token\b/i;

// The model hub's refusal of a gated repository in its own words, the exception class left out
// ("Access to model mistralai/Mistral-7B-v0.1 is restricted and you are not in the authorized list",
// "… is restricted. You must be authenticated to access it", "You are trying to access a gated repo",
// "Cannot access gated repo for url …"): the download was not authorised.
const HUB_GATED =
  /\baccess to (?:model|dataset|space) [\w.-]{1,96}\/[\w.-]{1,96} is restricted\b|\b(?:cannot|can't|trying to) access (?:a |the )?gated (?:url )?repo(?:sitory)?\b/i;

// huggingface_hub's LocalEntryNotFoundError, worded by itself ("An error happened while trying to locate the file on the
// Hub and we cannot find the requested files in the local cache", torchtune's download, round 138): neither the hub nor
// the cache gave the file. Its snapshot's wording ("Cannot find an appropriate cached snapshot folder for the specified revision on
// the local disk and outgoing traffic has been disabled", round 205) says the same, and so does its OfflineModeIsEnabled
// ("Cannot reach https://huggingface.co/api/models/…: offline mode is enabled", the seventy-fifth review; a mirror's host as
// HF_ENDPOINT names it, the URL wrapped over two lines; not /api/repos/, an upload's, push_to_hub's, the seventy-sixth); not on
// a line logged at WARN or below that says the program went on (loaded from /opt/ml/model instead, the sixty-fifth review).
// transformers' older download said the same of its own cache ("ValueError: Connection error, and we cannot find the requested files in
// the cached path. Please try again or make sure your Internet connection is on.", file_utils.get_from_cache, the hundred-and-tenth review).
// The datasets library's load of a hub dataset says it in its words ("ConnectionError: Couldn't reach 'tatsu-lab/alpaca' on the
// Hub (ConnectionError)", the eighty-ninth review; "Couldn't reach the Hugging Face Hub for dataset '…': Offline mode is
// enabled", "Couldn't find '…' on the Hugging Face Hub either", "DatasetNotFoundError: Dataset '…' is a gated dataset on the
// Hub", the ninety-third): the hub, not an AWS endpoint, is what the job could not reach or did not find the dataset on.
// Not a path it looked for first ("Couldn't find '/opt/ml/input/data/train' on the Hugging Face Hub either": the channel's
// directory is missing, the ninety-seventh review). transformers' OSError for a model it could not load ends with its advice,
// "'<id>' is a correct model identifier listed on 'https://huggingface.co/models'", which a post may quote alone (the
// hundred-and-thirty-fourth review): the load from the hub failed.
const HUB_UNREACHABLE = /\bis a correct model identifier listed on '?https:\/\/huggingface\.co\/models\b|\bCouldn't (?:reach|find) '(?!\/)[^'\n]{1,200}' on the (?:Hugging Face )?Hub\b|\bDataset '[^'\n]{1,200}' (?:is a gated dataset|doesn't exist) on the Hub\b|\bCouldn't reach the Hugging Face Hub for dataset\b|\btrying to locate the file on the Hub\b|\bcannot find the requested files in the (?:local cache|cached path)\b|\bCannot find an appropriate cached snapshot folder\b|\bCannot reach\s{1,8}https?:\/\/[\w.-]{1,100}\/(?!api\/repos\/)[^\s:]{0,300}(?:\s{1,8}[^\s:]{1,300})?: offline mode is enabled\b/i;

// hf_xet, the Hub's transfer client since huggingface_hub 0.32, reports a failed transfer from the Hub's Xet storage as its
// content-addressed store's error ("Error occurred during download: Data processing error: CAS service error : Error : result
// term data length … did not match expected value …", "RuntimeError: Data processing error: CAS service error : … IncompleteBody",
// the hundred-and-thirty-eighth review): the model's files did not arrive. Not an upload (push_to_hub goes through the same
// store), which its lines name, or the text's push to the Hub anywhere ("Failed to push some_dataset: …", a trainer's
// push_to_hub() frame; an independent review of the first version).
const HUB_XET_TRANSFER = /\bCAS service error\b/i;
// A model's files fetched by its hub id (`<org>/<name>`, no host named) that timed out or failed: the SageMaker HyperPod
// NeMo adapter's "RuntimeError: Max retry timeout when fetching config from meta-llama/Meta-Llama-3-8B" (round 235).
// The id must be an org and a name: a path that starts with "/" or "s3://" is a place, not the hub's id.
const HUB_ID_FETCH =
  /\b(?:timeout|timed out|failed|failure|error)\b[^\n]{0,40}?\b(?:when|while) (?:fetching|downloading|loading) (?:the )?(?:config|configuration|tokenizer|model|weights)\b[^\n]{0,20}? from ['"`]?[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,95}['"`]?(?![\w./:-])/i;
// An upload is said on the failure's lines, not on the SDK's status lines around them ("Uploading - Uploading generated
// training model" after the failure, fit()'s tail, round 234).
const XET_UPLOAD = /\bupload/i;
const HUB_PUSH = /\bpush_to_hub\b|\bpush(?:ing|ed)? (?:it |them )?to the (?:Hugging Face )?Hub\b|\bFailed to push\b/i;

// How far from a hub's name the failure of a request to it is printed: its own line, the exception's line
// just before a "for url:" line, the lines a hub's message wraps onto. A failure's line that names another
// host is that host's.
const HUB_LINES = { before: 2, after: 2 };
const HUB_FAILURE = /\bOSError\b|EnvironmentError|HTTPError/;
const MAX_HUB_MENTIONS = 20;
// The hub's documentation pages ("/docs#…", "/docs/…"), not a repository whose owner starts with "docs".
const DOCS_PATH = /^\/docs(?:[/#?]|$)/;

/**
 * A request to a model hub that failed: the hub named (its host, "not a valid model identifier", "Can't
 * load tokenizer") with a connection failure, an HTTP error status or an OSError on the same lines. A
 * hub's address elsewhere in a pasted log is other news: transformers' notice that it "downloaded from
 * https://huggingface.co/…" new code files, a warning's "see https://huggingface.co/docs/…" link, before
 * an unrelated OSError. A link to the hub's documentation is never the request, even on the failure's line.
 */
function hubRequestFailed(parts: FailureParts, text: string, lower: string, connect: string | undefined): boolean {
  const marks = parts.hosts.filter((h) => MODEL_HUB_HOST.test(h)).map((h) => h.toLowerCase());
  const words = findIf(lower, ['huggingface.co', 'model identifier', "can't load"], MODEL_HUB_WORDS, text);
  if (words) marks.push(words.toLowerCase());
  let seen = 0;
  for (const mark of marks) {
    for (let at = lower.indexOf(mark); at >= 0 && seen < MAX_HUB_MENTIONS; at = lower.indexOf(mark, at + mark.length)) {
      seen += 1;
      // A link to the hub's documentation is a page for the reader ("Please set one: https://huggingface.co/docs#…").
      if (DOCS_PATH.test(lower.slice(at + mark.length, at + mark.length + 6))) continue;
      for (const line of linesAround(text, at, mark.length, HUB_LINES).split('\n')) {
        const failed = (connect !== undefined && line.includes(connect)) || HUB_FAILURE.test(line) || namesHttpStatus(line);
        // A failure whose own line names another host is that host's ("HTTPError: 500 … for url: https://mlflow…").
        if (failed && hostsIn(line).every((h) => MODEL_HUB_HOST.test(h))) return true;
      }
    }
  }
  return false;
}

/**
 * The words that say a model hub's download failed, or undefined: the hub's exception class, its token or gated
 * repository refused, its own "could not reach" wordings, a failed request to it (hubRequestFailed), or torch.hub's
 * download of weights (weights-download.ts). `connect` is the connection failure the text names, if any, at `connectAt`.
 */
export function hubDownloadFailed(parts: FailureParts, text: string, lower: string, connect: string | undefined, connectAt: number): string | undefined {
  const hubException = parts.exceptions.find((e) => MODEL_HUB_EXCEPTION.test(e));
  const hubToken = findIf(lower, ['token'], HUB_TOKEN, text) ?? findIf(lower, ['is restricted', 'gated repo'], HUB_GATED, text) ?? findIfWhere(lower, ['correct model identifier listed on', 'on the hub', 'hugging face hub', 'requested files in the local cache', 'requested files in the cached path', 'cached snapshot folder', 'offline mode is enabled'], HUB_UNREACHABLE, text, (at) => !wentOnPastAt(text, at));
  if (hubException || hubToken) return hubException ?? hubToken;
  const xet = HUB_PUSH.test(text) ? undefined : findIfWhere(lower, ['cas service error'], HUB_XET_TRANSFER, text, (at) => !wentOnPastAt(text, at) && !XET_UPLOAD.test(withoutStatusLines(linesAround(text, at, 0, HUB_LINES))));
  if (xet) return xet;
  const byId = findIfWhere(lower, ['when fetching', 'while fetching', 'when downloading', 'while downloading', 'when loading', 'while loading'], HUB_ID_FETCH, text, (at) => !wentOnPastAt(text, at));
  if (byId) return byId;
  const weights = weightsDownloadFailed(text, connectAt);
  if (hubRequestFailed(parts, text, lower, connect) || weights !== undefined) return connect ?? weights ?? 'huggingface.co';
  return undefined;
}
