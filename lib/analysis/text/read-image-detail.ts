import { findIf, type GrammarVerdict } from './grammar-verdict';

// The image stage, read from what the registry or the puller said: whatever wrapped it
// (ValidationException, ClientError, a subprocess error), a refused or missing image is `ecr`.

// An ECR image URI named beside a failure. Every run is bounded: an unbounded `[^\s]*` before a lazy
// window rescans the rest of a long line once per registry host in it (minutes on 64 KB of hosts).
// Docker's "An image does not exist locally with the tag: <ECR URI>" is the client's own image store
// (a push whose build never produced the tag), not the registry's answer: "locally" is not read. The
// region is any one label: a quote in a thread often holds a placeholder there ("<region>", "{region}",
// "${AWS_REGION}") as it does for the account.
const ECR_IMAGE =
  /\.dkr\.ecr\.[^\s./]{1,40}\.amazonaws\.com(?:\.cn)?\/[^\n]{0,200}?\b(?:not found|does not exist(?! locally)|denied|not authorized|unauthorized: |cannot be pulled)|\b(?:not found|does not exist(?! locally)|denied|not authorized)[^\n]{0,200}?\.dkr\.ecr\.|\bUnauthorized for [\w.-]{1,80}\.dkr\.ecr\./i;
// ECR's and Docker's refusals name the registry's repository rather than an image URI: "Access denied
// for repository: x in registry ID: 123456789012", "pull access denied for x, repository does not exist".
// ECR's own sentence for a repository it does not have ("name unknown: The repository with name 'x' does not exist in the
// registry with id '123…'", a push's or a pull's, round 158). A puller's "Unauthorized for <ECR host>/…" (Jib's) and the
// registry's "unauthorized: authentication required" after the image (podman's, round 158) are its refusal as "not
// authorized" is; another server's "401 … Unauthorized" beside an ECR image is not (the fifty-eighth review).
const ECR_REPOSITORY = /\b(?:access denied|not authorized|denied)\b[^\n]{0,40}?\brepository\b|\bregistry ID:? ?\d{12}\b|\bThe repository with name '[^'\n]{1,256}' does not exist in the registry with id\b/i;
// The registry's own protocol objects: a manifest or blob request (BuildKit's "[manifests <tag>]",
// the registry API URL "https://<host>/v2/<name>/manifests/<tag>") answered 401/403/404 or refused.
// Never a bare "manifest": a SageMaker manifest file is the input data's, not the image's.
const REGISTRY_OBJECT_SOURCE = String.raw`(?:\[manifests [^\]\n]{1,200}\]|\bhttps?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?\/v2\/[^\s/]{1,100}(?:\/[^\s/]{1,100}){0,4}\/(?:manifests|blobs)\/[^\s]{0,200})`;
const REGISTRY_OBJECT = new RegExp(String.raw`${REGISTRY_OBJECT_SOURCE}(?:[^\n]|\n(?!\n)){0,60}?\b(?:401|403|404|unauthorized|forbidden|denied|not found)\b`, 'i');
// The same request answered with the registry's own server error ("failed open: unexpected status code
// https://registry-1.docker.io/v2/…/blobs/sha256:…: 504 Gateway Time-out", ECS pulling for Prefect, round 150): the
// registry failed, not the caller's access, as its 429 is a rate (throttled-words).
// Docker's registry client says it of the answer without the request's URL ("Failed to pull training image …: received
// unexpected HTTP status: 500 Internal Server Error", the eighty-second review): the same registry failure.
const REGISTRY_SERVER_ERROR = new RegExp(
  String.raw`(?:${REGISTRY_OBJECT_SOURCE}(?:[^\n]|\n(?!\n)){0,60}?|\breceived unexpected HTTP status:[ \t]{1,3})\b50[0-4][ \t]{1,3}(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b`,
  'i',
);

/** A registry's manifest or blob request answered with the registry's own 5xx: the registry's failure. */
export function readRegistryServerError(text: string, lower: string): GrammarVerdict | undefined {
  const failed = findIf(lower, ['manifests', '/v2/', 'unexpected http status'], REGISTRY_SERVER_ERROR, text);
  return failed ? { rule: 'registry-server-error', cause: 'internal', stage: 'image', strength: 80, excerpt: failed.slice(0, 200) } : undefined;
}
// Docker's daemon answering a pull or push with the registry's refusal of the caller's credentials
// ("Error response from daemon: failed to authorize: failed to fetch anonymous token", "…
// unauthorized: authentication required", "… denied: …"). Only the registry's authorization words:
// the daemon also reports a container that could not start ("OCI runtime create failed: … permission
// denied"), which is the image's command, not the registry.
const DAEMON_REGISTRY_REFUSAL =
  /\bError response from daemon:[^\n]{0,200}?(?:\bfailed to authorize\b|\bfailed to fetch (?:anonymous|oauth) token\b|\bunauthorized: |\bauthentication required\b|\bdenied: |\bno basic auth credentials\b)/i;
// A failed subprocess is read by its command: `docker pull <image>` exiting non-zero is the image
// stage failing, not the training code ("returned non-zero exit status 1").
const PULL_COMMAND = /\bdocker pull [^\s'"]{1,300}['"]?[^\n]{0,60}?\b(?:returned non-zero exit status|failed|exit(?:ed)? (?:with )?(?:code|status))/i;
// SageMaker's hosting instruction when it could not get a model's images, the registry's answer left
// out: make sure the images exist and that the role can access them ("Please make sure all images
// included in the model for the production variant X exist, and that the execution role used to
// create the model has permissions to access them"). Both halves: an image to exist and a role to
// reach it is the image stage, as the registry's own refusal is. An image alone may be a wrong URI.
const IMAGES_EXIST_AND_ROLE_ACCESS =
  /\b(?:make sure|ensure|check|verify|confirm)\b[^\n]{0,40}?\b(?:images?|repositor(?:y|ies))\b[^\n]{0,120}?\bexists?\b[^\n]{0,40}?\band\b[^\n]{0,80}?\brole\b[^\n]{0,80}?\b(?:permissions?|access|can (?:access|pull)|authori[sz]ed)\b/i;

// The registry's authorization, which the puller fetches before the image, that could not be had (ECS's
// "unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr
// registry auth"): the image stage failed at its first step, the role's ECR token. When the words go on
// to a connection that failed, that connection is why (read-error-detail.ts).
// Only the clause that names the registry's authorization as what could not be had: ECS opens every
// task-start failure with "unable to pull secrets or registry auth: …", whether the secret (Secrets
// Manager, SSM) or the registry failed, and "registry auth from asm" is a secret of its own.
const REGISTRY_AUTH_FAILED = /\b(?:unable|failed) to (?:retrieve|get|fetch|obtain) (?:ecr )?registry auth(?:entication|orization)?\b(?! from (?:asm|ssm)\b)/i;

// The pullers' own words for an image the registry does not have, or has for no platform the host runs: Docker's
// "manifest for mariadb:10.1 not found", the registry's "manifest unknown", ECS's agent's "Error: image my-app:tag not
// found", containerd's "no match for platform in manifest …: not found" (round 137). Never a bare "manifest": a SageMaker
// manifest file is the input data's.
// The image is named as a reference with its tag or digest, not a script's own words ("Input manifest for {args.job} not
// found", a dataset's "Error: image data/x.jpg not found", the fifty-third review).
const IMAGE_REFERENCE = String.raw`[\w./-]{1,200}(?::[\w.-]{1,128}|@sha256:[0-9a-f]{6,64})`;
const IMAGE_MISSING = new RegExp(
  String.raw`\bmanifest for ${IMAGE_REFERENCE} not found\b|\bmanifest unknown\b|\bno match(?:ing manifest)? for platform in (?:the )?manifest\b|\bno matching manifest for [\w/.-]{1,60} in the manifest list entries\b|\bError: image ${IMAGE_REFERENCE} not found\b`,
  'i',
);
// A registry's refusal under the pull's own head ("Pulling repository <ECR host>/x⏎unauthorized: authentication required"),
// or of the image's manifest a tool fetched ("error getting image manifest: unsupported status code 401", Tekton's, round 158;
// in the registry client's words, not a data loader's "image manifest s3://…: 403", the fifty-eighth review).
const PULL_REFUSED = /\bPulling repository [^\s]{1,300}[ \t]*\n[^\n]{0,200}?\b(?:unauthorized: |authentication required\b|denied: )|\b(?:getting|fetching) (?:the )?image manifest: (?:unsupported|unexpected) status code:? (?:401|403)\b/i;

// A pull that failed writing the layers it fetched (Docker's ApplyLayer, "failed to register layer", containerd's "failed
// to extract layer"): the host's storage, not the registry, and not the job's input either (its "invalid tar header" is
// an image layer's archive, the fifty-third review).
export const LAYER_WRITE = /\bApplyLayer\b|\bfailed to (?:register|extract) layer\b/i;

const verdict = (rule: string, excerpt: string): GrammarVerdict => ({ rule, cause: 'ecr', stage: 'image', strength: 74, excerpt: excerpt.slice(0, 200) });

/** A refused, missing or unpullable container image, in the registry's or the puller's words. */
export function readImageDetail(text: string, lower: string): GrammarVerdict | undefined {
  const image = findIf(lower, ['.dkr.ecr.'], ECR_IMAGE, text);
  if (image) return verdict('ecr-image-uri', image);
  const repository = findIf(lower, ['repository', 'registry id', 'registry with id'], ECR_REPOSITORY, text);
  if (repository) return verdict('ecr-repository', repository);
  const object = findIf(lower, ['manifests', '/v2/'], REGISTRY_OBJECT, text);
  if (object) return verdict('registry-object-refused', object);
  const daemon = findIf(lower, ['from daemon'], DAEMON_REGISTRY_REFUSAL, text);
  if (daemon) return verdict('daemon-registry-refused', daemon);
  const missing = findIf(lower, ['manifest', 'error: image'], IMAGE_MISSING, text);
  if (missing) return verdict('image-missing-in-registry', missing);
  const refused = findIf(lower, ['pulling repository', 'image manifest'], PULL_REFUSED, text);
  if (refused) return verdict('pull-refused', refused);
  const auth = findIf(lower, ['registry auth'], REGISTRY_AUTH_FAILED, text);
  if (auth) return verdict('registry-auth-unavailable', auth);
  const pull = findIf(lower, ['docker pull'], PULL_COMMAND, text);
  if (pull) return verdict('image-pull-command-failed', pull);
  const instruction = lower.includes('exist') ? findIf(lower, ['image', 'repositor'], IMAGES_EXIST_AND_ROLE_ACCESS, text) : undefined;
  if (instruction) return verdict('images-exist-and-role-access', instruction);
  return undefined;
}
