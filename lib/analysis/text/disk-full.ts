import { conditionBefore } from './condition-clause';
import { PULL_WORDS } from './connect-detail';
import { type FailureParts } from './failure-parts';
import { findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';
import { isWarningLineAt, lineWentOnPastAt, pythonWarningPassedOverAt } from './quiet-lines';
import { LAYER_WRITE } from './read-image-detail';

// The OS and SageMaker wordings of one condition, ENOSPC (errno 28): the disk filled up. Users name it
// too: "raise Out Of Disk error" (awslabs/graphstorm#354), "worker algo-2 is out of disk", "ran out of disk" — named
// as an error or said of what ran out, not what is read or used "out of disk" (a cache, a range, an EBS volume's
// I/O credits, "45G out of disk, 55G free"). "Insufficient diskspace" is the same in one word (the hundred-and-twenty-seventh review), and so is a disk's usage said at
// 100 % or an "out of disk issue" (the hundred-and-thirty-third), or a disk "getting full" (the hundred-and-thirty-fifth); a tool's advice to "check for insufficient
// diskspace, invalid path, or insufficient privilege" (MSVC's LNK1201, the hundred-and-thirty-first) lists what might be.
// Docker's devicemapper thin pool below its free-block minimum ("… free data blocks which is less than minimum required
// 20253 free data blocks. Create more free space in thin pool", ECS, round 137) and the kubelet's eviction of a pod when
// its node was low on ephemeral storage are the same condition in the storage driver's and Kubernetes' words.
// The kubelet's eviction for a node whose disk ran short ("The node had condition: [DiskPressure].", round 183), as its
// "low on resource: ephemeral-storage" is; OpenSearch's and Elasticsearch's flood-stage watermark, which makes an index
// read-only ("disk usage exceeded flood-stage watermark", "flood stage disk watermark [95%] exceeded", round 190).
// Not on a line logged at WARN or below that says the program went on ("WARNING: cache write failed (No space left on device);
// skipping cache", above the KeyError that ended the job, the sixty-seventh review), nor on Python's warnings module's line
// above the job's own failure (huggingface_hub's "UserWarning: Not enough free disk space to download the file", a download
// that then finished, above a TypeError, the seventy-fourth review).
const DISK_FULL =
  /No space left on device|\bThe node had condition: \[DiskPressure\]|\bdisk usage exceeded flood-stage watermark\b|\bflood stage disk watermark \[[\d.]{1,5}%?\] exceeded\b|\bCreate more free space in thin pool\b|\bfree data blocks which is less than minimum required\b|\bThe node was low on resource: ephemeral-storage\b|\bephemeral local storage usage exceeds the total limit\b|(?<!\bcheck (?:for )?)(?:Insufficient|not enough) (?:free )?(?:disk|storage) ?space|\bENOSPC\b|Disk quota exceeded|disk (?:is |was |getting |got |became |becomes )?full|\b(?:ran|run|runs|running) out of (?:disk |storage )?space\b|\bout of disk (?:space|quota)\b|\bout of disk(?=[ \t]{0,3}(?:error|exception|condition|issue|problem)\b)|\b(?:disk|storage|volume) (?:usage|utili[sz]ation) (?:reached|hit|at|of|is|was) 100 ?%|\b100 ?% disk (?:usage|utili[sz]ation)\b|\b(?:is|was|are|were|ran|runs?|running|went) out of disk\b(?![ \t]{0,3}(?:cache|i\/o|io\b|reads?\b|bandwidth|throughput|burst|credits?|iops|image|range|sectors?))/i;
// A file system said in words not to have the room (HealthOmics' "The file system doesn't have enough space", round 176); not
// on a warning's line, which went on without it ("The disk does not have enough free space for the dataset cache; streaming
// instead", the sixtieth review).
const DISK_SAID_FULL = /\b(?:file ?system|volume|disk) (?:doesn't|does not|didn't|did not) have enough (?:free )?(?:disk |storage )?space\b/i;

// The kernel answers a write of an empty or invalid cpuset to a cgroup with ENOSPC ("systemd: slurmd.service: Failed to set
// 'cpuset.cpus' attribute on '/system.slice/slurmd.service' to '': No space left on device", a node's scheduler, the
// hundred-and-fiftieth review; runc's "write /sys/fs/cgroup/…/cpuset.cpus: no space left on device"): no disk is full. Only
// where the write leads straight into the words.
const CGROUP_WRITE = /(?:\bFailed to set '[\w.]{1,40}' attribute on\s{1,40}'[^'\n]{1,300}' to '[^'\n]{0,300}'|\bwrite \/sys\/fs\/cgroup\/[^\s:]{1,300}):[ \t]{0,4}$/;
const CGROUP_REACH = 700;

// A writer's account that the job filled its disk ("the Sagemaker instance filled its 50GB disk during training", "the EBS
// volume filled up", the hundred-and-forty-fifth review): the disk, but weaker than any error the text quotes (a data sample
// printed to the log that says so is no failure, an independent review), read last, and not as a condition ("if the volume
// fills up, raise volume_size") or of a graphics volume.
const DISK_FILLED_IN_WORDS = /\bfilled (?:up )?(?:the |its |their |our |my |a )?(?:\d{1,5} ?[GT]i?B )?(?:root |EBS |ML storage |storage |local )?(?:disk|volume)\b(?! (?:mounts?|image|cache|quota|with|textures?|rendering|data|of)\b)|\b(?:disk|volume) filled up\b/i;
const inCondition = conditionBefore({ reach: 120, when: true });

/** The writer's own words that the job filled its disk, as a weak verdict read after every other detail. */
export function readDiskFilledInWords(text: string, lower: string): GrammarVerdict | undefined {
  const said = findIfWhere(lower, ['filled'], DISK_FILLED_IN_WORDS, text, (at) => !inCondition(text, at) && !isWarningLineAt(text, at));
  return said ? { rule: 'disk-filled-in-words', cause: 'disk-space', strength: 28, excerpt: said } : undefined;
}

/** Where the text says the disk filled up, as its excerpt: errno 28, or a sentence of DISK_FULL's, not on a line the program went past. */
export function diskFullExcerpt(parts: FailureParts, text: string, lower: string): string | undefined {
  // A full disk said on a line the program went past is news; errno 28 too, where its "[Errno 28]" is on such a line (a
  // UserWarning's "could not cache … ([Errno 28] No space left on device); recomputing", the seventy-sixth review).
  const passedOver = (at: number) => lineWentOnPastAt(text, at) || pythonWarningPassedOverAt(text, at);
  const errnoAt = parts.errno === 28 ? text.indexOf('[Errno 28]') : -1;
  if (parts.errno === 28 && (errnoAt < 0 || !passedOver(errnoAt))) return '[Errno 28]';
  const cgroupWrite = (at: number) => CGROUP_WRITE.test(text.slice(Math.max(0, at - CGROUP_REACH), at));
  return findIfWhere(lower, ['space', 'disk', 'enospc', 'ephemeral-storage', 'ephemeral local storage', 'diskpressure', 'watermark'], DISK_FULL, text, (at) => !passedOver(at) && !cgroupWrite(at)) ?? findIfWhere(lower, ['enough'], DISK_SAID_FULL, text, (at) => !isWarningLineAt(text, at));
}

// An image pull that failed as its layers were written (read-image-detail.ts's LAYER_WRITE) and filled the disk failed for
// the disk, which the pull's own words do not say: the disk's reading outranks them by one, as a pull's connection does.
// SageMaker's own stage says which image it pulled ("Failed to pull training image …: write /var/lib/docker/tmp/…: no space
// left on device", the seventy-ninth review): the stage says where, the disk on its line says why (not a note beside a
// pull the registry refused that a volume may fill later, the eighty-first review).
const IMAGE_PULLED = /\bpull(?:ing)? (?:the |your )?(?:training |algorithm |inference |container |docker |application )?image\b/i;
export const diskVerdict = (excerpt: string, text: string): GrammarVerdict => ({
  rule: 'disk-full',
  cause: 'disk-space',
  strength: PULL_WORDS.test(text) || LAYER_WRITE.test(text) || IMAGE_PULLED.test(lineAt(text, Math.max(0, text.indexOf(excerpt)))) ? 76 : 74,
  excerpt,
});
