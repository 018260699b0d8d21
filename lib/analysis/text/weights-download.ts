import { lineAt } from './line-window';

// A framework's own store of pretrained weights, by the path it serves them under: torchvision's and torch.hub's
// checkpoints ("Downloading: "https://download.pytorch.org/models/resnet50-11ad3fa6.pth" to /root/.cache/torch/hub/…") and
// Keras applications' ("https://storage.googleapis.com/tensorflow/keras-applications/vgg16/…_notop.h5", older releases'
// storage.googleapis.com/keras-applications/ and github.com/fchollet/deep-learning-models/releases/). The host alone says
// nothing (download.pytorch.org also serves pip's wheels, storage.googleapis.com anyone's bucket): the path is the store.
const STORE_WORDS = ['download.pytorch.org', 'keras-applications', 'deep-learning-models'];
const WEIGHTS_STORE =
  /\b(?:download\.pytorch\.org\/models|storage\.googleapis\.com\/(?:tensorflow\/)?keras-applications|github\.com\/fchollet\/deep-learning-models\/releases)\//i;
// Keras' get_file, which prints the store's URL above the traceback rather than on the failure's line; it fetches datasets
// too (CIFAR from www.cs.toronto.edu), so only with the store named.
const KERAS_GET_FILE_FRAME = /[\\/]keras[\\/](?:src[\\/])?utils[\\/](?:data_utils|file_utils)\.py", line \d{1,7}, in get_file\b/;
// torch.hub's own download, of a checkpoint (torchvision's models call it) or of a hub repository's code, and its lookup of the
// repository on GitHub's API before it (_validate_not_a_forked_repo, the eighty-first review): whatever host it names
// (dl.fbaipublicfiles.com, github.com/…/zipball/, api.github.com), the frame says a model was being fetched.
// IPython 8 prints the frame as "…/torch/hub.py:766, in load_state_dict_from_url(…)" (the seventy-eighth review).
const TORCH_HUB_DOWNLOAD_FRAME = /[\\/]torch[\\/]hub\.py(?:", line |:)\d{1,7}, in (?:load_state_dict_from_url|download_url_to_file|_get_cache_or_reload|_validate_not_a_forked_repo|_read_url)\b/;
// A traceback cut to the script's own frame shows the call instead ("backbone = torch.hub.load(\"facebookresearch/dinov2\", …)"
// above "HTTPError: HTTP Error 403: rate limit exceeded", GitHub's API refusing torch.hub's lookup of the repository, the
// seventy-ninth and eightieth reviews): the same download, named by the script.
const TORCH_HUB_CALL = /\btorch\.hub\.(?:load|list|help|load_state_dict_from_url|download_url_to_file)\(/;
// Or torch.hub's own line as it starts a download into its cache ("Downloading: \"https://download.pytorch.org/models/…\" to
// /root/.cache/torch/hub/checkpoints/…" on the line above a URLError with no traceback, the eighty-sixth review), with only its
// progress bar short of 100% between them (the eighty-eighth): the download broke off. Not a URL of an AWS endpoint (weights
// the team keeps in S3: whether the job's subnets reach S3 is the question, the connection's reading), nor a failure whose
// own line names another host (an MLflow server's, after the download went on quietly).
const TORCH_HUB_DOWNLOADING = /^[ \t]{0,8}Downloading: "https?:\/\/([\w.-]{1,253})[^"\s]{0,500}" to [^\s]{0,200}[\\/]torch[\\/]hub[\\/]/;
const PROGRESS_SHORT = /^[ \t\r]{0,8}(?:\d|[1-9]\d)%\|/;
// The traceback of the download's own failure between its progress and its last line (the ninety-third review): its head,
// its frames and their source lines (indented), the chained exceptions' joints.
const TRACEBACK_LINE = /^(?:Traceback \(most recent call last\):|[ \t]{2,}\S|During handling of the above exception|The above exception was the direct cause)/;
const AWS_URL_HOST = /(?:^|\.)amazonaws\.com(?:\.cn)?$/i;
const URL_HOSTS = /\bhttps?:\/\/([\w.-]{1,253})|\bhost='([\w.-]{1,253})'/g;
const MAX_PROGRESS_LINES = 40;

/** Whether torch.hub's line that starts a download stands right above the line at `at`, only its progress and traceback between, for the same host. */
function downloadStartedAbove(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const failure = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  let end = lineStart - 1;
  for (let seen = 0; end > 0 && seen <= MAX_PROGRESS_LINES; seen += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const started = TORCH_HUB_DOWNLOADING.exec(line);
    if (started) {
      const host = started[1]!.toLowerCase();
      const named = [...failure.matchAll(URL_HOSTS)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
      return !AWS_URL_HOST.test(host) && named.every((h) => h === host);
    }
    if (!PROGRESS_SHORT.test(line) && !TRACEBACK_LINE.test(line) && line.trim() !== '') return false;
    end = start - 1;
  }
  return false;
}

// What such a download may end in besides a connection failure: the store's refusal (urllib's "HTTP Error 403: Forbidden")
// or the connection dropped mid-file ("ConnectionResetError: [Errno 104] Connection reset by peer").
// A notebook prints the class bare ("HTTPError: HTTP Error 403: Forbidden"); the store may hang up ("http.client.RemoteDisconnected:
// Remote end closed connection without response").
// The training toolkit quotes the last line in its ErrorMessage field ("ErrorMessage \"urllib.error.HTTPError: …\"").
// A file that came short or wrong is the same download failing ("http.client.IncompleteRead: IncompleteRead(4096 bytes read, …)",
// urllib's ContentTooShortError, urllib's "<urlopen error [Errno 104] Connection reset by peer>", torch.hub's own check of what
// came, "RuntimeError: invalid hash value (expected \"b627a593\", got …)", a proxy's page in the file's place: the
// eighty-eighth review), and so is a certificate the download could not verify, or a read the store stopped answering mid-file
// ("TimeoutError: The read operation timed out", the ninetieth). Every such line is tried, not the first: the toolkit's
// ErrorMessage quotes the last line above the log that shows where the download stood (the ninetieth review).
const DOWNLOAD_REFUSED =
  /^[ \t]*(?:ErrorMessage ")?(?:(?:urllib\.error\.)?HTTPError: HTTP Error [45]\d\d\b|ConnectionResetError: |(?:http\.client\.)?RemoteDisconnected: |(?:http\.client\.)?IncompleteRead: |(?:urllib\.error\.)?ContentTooShortError: |(?:urllib\.error\.)?URLError: <urlopen error (?:\[Errno 104\] Connection reset by peer|\[SSL: CERTIFICATE_VERIFY_FAILED\])|RuntimeError: invalid hash value \(expected |(?:socket\.)?(?:TimeoutError|timeout): The read operation timed out\b)/gm;

/**
 * Whether a framework fetching pretrained weights failed (the seventy-third review: torchvision's resnet50 in a job with no
 * internet; the seventy-sixth: a 403 from the store, a reset mid-file, a hub repository's code): a model download, as a
 * model hub's is. `at` is where the connection failure the text reports is, -1 when it reports none: then only torch.hub's
 * download frame with the store's refusal or a reset. Returns what the summary quotes: the failure's own line when the text
 * reports no connection failure (the connection's words otherwise), undefined when no such download failed.
 */
export function weightsDownloadFailed(text: string, at: number): string | undefined {
  // Cheap word checks first: most texts name neither torch.hub's file nor a store, and skip the patterns.
  const hubFrame =
    (text.includes('hub.py') && TORCH_HUB_DOWNLOAD_FRAME.test(text)) ||
    (text.includes('torch.hub.') && TORCH_HUB_CALL.test(text));
  const started = text.includes('Downloading: "');
  if (at < 0) {
    if (!hubFrame && !started) return undefined;
    for (const refused of text.matchAll(DOWNLOAD_REFUSED)) {
      const end = refused.index + refused[0].length - 1;
      if (hubFrame || (started && downloadStartedAbove(text, end))) return refusalQuote(lineAt(text, end));
    }
    return undefined;
  }
  const connection = lineAt(text, at).trim();
  if (hubFrame) return connection;
  if (started && downloadStartedAbove(text, at)) return connection;
  if (!STORE_WORDS.some((w) => text.includes(w)) || !WEIGHTS_STORE.test(text)) return undefined;
  return WEIGHTS_STORE.test(lineAt(text, at)) || KERAS_GET_FILE_FRAME.test(text) ? connection : undefined;
}

/** The refusal's line as the summary quotes it: without the toolkit's ErrorMessage field around it. */
function refusalQuote(line: string): string {
  return line.trim().replace(/^ErrorMessage "/, '').replace(/"$/, '').slice(0, 200);
}
