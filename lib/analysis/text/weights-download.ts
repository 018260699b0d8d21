import { lineAt } from './line-window';

// A framework's own store of pretrained weights, by the path it serves them under: torchvision's and torch.hub's
// checkpoints ("Downloading: "https://download.pytorch.org/models/resnet50-11ad3fa6.pth" to /root/.cache/torch/hub/…") and
// Keras applications' ("https://storage.googleapis.com/tensorflow/keras-applications/vgg16/…_notop.h5"). The host alone says
// nothing (download.pytorch.org also serves pip's wheels, storage.googleapis.com anyone's bucket): the path is the store.
const WEIGHTS_STORE = /\b(?:download\.pytorch\.org\/models|storage\.googleapis\.com\/tensorflow\/keras-applications)\//i;
// The download's own frame in the traceback that ended in the connection failure: torch.hub's fetch (torchvision's
// models call it) and Keras' get_file, which print the store's URL above the traceback rather than on the failure's line.
const WEIGHTS_DOWNLOAD_FRAME =
  /[\\/]torch[\\/]hub\.py", line \d{1,7}, in (?:load_state_dict_from_url|download_url_to_file)\b|[\\/]keras[\\/](?:src[\\/])?utils[\\/](?:data_utils|file_utils)\.py", line \d{1,7}, in get_file\b/;

/**
 * Whether the connection failure at `at` was a framework fetching pretrained weights from its store (the review-73 text:
 * torchvision's resnet50 in a job with no internet): a model download, as a model hub's is. The store named on the
 * failure's own line (Keras' "URL fetch failure on <url>: None -- [Errno -3] …"), or named in the text with the
 * download's frame in its traceback.
 */
export function weightsDownloadFailed(text: string, at: number): boolean {
  if (at < 0 || !WEIGHTS_STORE.test(text)) return false;
  return WEIGHTS_STORE.test(lineAt(text, at)) || WEIGHTS_DOWNLOAD_FRAME.test(text);
}
