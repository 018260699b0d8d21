import { describe, expect, it } from 'vitest';
import { CAUSES, type Cause, type PolicyType } from '../diagnosis';
import { classifyText } from '../classify-text';
import heldOut from './fixtures/held-out.json';
import heldOut2 from './fixtures/held-out-2.json';
import heldOut3 from './fixtures/held-out-3.json';
import heldOut4 from './fixtures/held-out-4.json';
import heldOut5 from './fixtures/held-out-5.json';
import heldOut6 from './fixtures/held-out-6.json';
import heldOut7 from './fixtures/held-out-7.json';
import heldOut8 from './fixtures/held-out-8.json';
import heldOut9 from './fixtures/held-out-9.json';
import heldOut10 from './fixtures/held-out-10.json';
import heldOut11 from './fixtures/held-out-11.json';
import heldOut12 from './fixtures/held-out-12.json';
import heldOut13 from './fixtures/held-out-13.json';
import heldOut14 from './fixtures/held-out-14.json';
import heldOut15 from './fixtures/held-out-15.json';
import heldOut16 from './fixtures/held-out-16.json';
import heldOut17 from './fixtures/held-out-17.json';
import heldOut18 from './fixtures/held-out-18.json';
import heldOut19 from './fixtures/held-out-19.json';
import heldOut20 from './fixtures/held-out-20.json';
import heldOut21 from './fixtures/held-out-21.json';
import heldOut22 from './fixtures/held-out-22.json';
import heldOut23 from './fixtures/held-out-23.json';
import heldOut24 from './fixtures/held-out-24.json';
import heldOut25 from './fixtures/held-out-25.json';
import heldOut26 from './fixtures/held-out-26.json';
import heldOut27 from './fixtures/held-out-27.json';
import heldOut28 from './fixtures/held-out-28.json';
import heldOut29 from './fixtures/held-out-29.json';
import heldOut30 from './fixtures/held-out-30.json';
import heldOut31 from './fixtures/held-out-31.json';
import heldOut32 from './fixtures/held-out-32.json';
import heldOut33 from './fixtures/held-out-33.json';
import heldOut34 from './fixtures/held-out-34.json';
import heldOut35 from './fixtures/held-out-35.json';
import heldOut36 from './fixtures/held-out-36.json';
import heldOut37 from './fixtures/held-out-37.json';
import heldOut38 from './fixtures/held-out-38.json';
import heldOut39 from './fixtures/held-out-39.json';
import heldOut40 from './fixtures/held-out-40.json';
import heldOut41 from './fixtures/held-out-41.json';
import heldOut42 from './fixtures/held-out-42.json';
import heldOut43 from './fixtures/held-out-43.json';
import heldOut44 from './fixtures/held-out-44.json';
import heldOut45 from './fixtures/held-out-45.json';
import heldOut46 from './fixtures/held-out-46.json';
import heldOut47 from './fixtures/held-out-47.json';
import heldOut48 from './fixtures/held-out-48.json';
import heldOut49 from './fixtures/held-out-49.json';
import heldOut50 from './fixtures/held-out-50.json';
import heldOut51 from './fixtures/held-out-51.json';
import heldOut52 from './fixtures/held-out-52.json';
import heldOut53 from './fixtures/held-out-53.json';
import heldOut54 from './fixtures/held-out-54.json';
import heldOut55 from './fixtures/held-out-55.json';
import heldOut56 from './fixtures/held-out-56.json';
import heldOut57 from './fixtures/held-out-57.json';
import heldOut58 from './fixtures/held-out-58.json';
import heldOut59 from './fixtures/held-out-59.json';
import heldOut60 from './fixtures/held-out-60.json';
import heldOut61 from './fixtures/held-out-61.json';
import heldOut62 from './fixtures/held-out-62.json';
import heldOut63 from './fixtures/held-out-63.json';
import heldOut64 from './fixtures/held-out-64.json';
import heldOut65 from './fixtures/held-out-65.json';
import heldOut66 from './fixtures/held-out-66.json';
import heldOut67 from './fixtures/held-out-67.json';
import heldOut68 from './fixtures/held-out-68.json';
import heldOut69 from './fixtures/held-out-69.json';
import heldOut70 from './fixtures/held-out-70.json';
import heldOut71 from './fixtures/held-out-71.json';
import heldOut72 from './fixtures/held-out-72.json';
import heldOut73 from './fixtures/held-out-73.json';
import heldOut74 from './fixtures/held-out-74.json';
import heldOut75 from './fixtures/held-out-75.json';
import heldOut76 from './fixtures/held-out-76.json';
import heldOut77 from './fixtures/held-out-77.json';
import heldOut78 from './fixtures/held-out-78.json';
import heldOut79 from './fixtures/held-out-79.json';
import heldOut80 from './fixtures/held-out-80.json';
import heldOut81 from './fixtures/held-out-81.json';
import heldOut82 from './fixtures/held-out-82.json';
import heldOut83 from './fixtures/held-out-83.json';
import heldOut84 from './fixtures/held-out-84.json';
import heldOut85 from './fixtures/held-out-85.json';
import heldOut86 from './fixtures/held-out-86.json';
import heldOut87 from './fixtures/held-out-87.json';
import heldOut88 from './fixtures/held-out-88.json';
import heldOut89 from './fixtures/held-out-89.json';
import heldOut90 from './fixtures/held-out-90.json';
import heldOut91 from './fixtures/held-out-91.json';
import heldOut92 from './fixtures/held-out-92.json';
import heldOut93 from './fixtures/held-out-93.json';
import heldOut94 from './fixtures/held-out-94.json';
import heldOut95 from './fixtures/held-out-95.json';
import heldOut96 from './fixtures/held-out-96.json';
import heldOut97 from './fixtures/held-out-97.json';
import heldOut98 from './fixtures/held-out-98.json';
import heldOut99 from './fixtures/held-out-99.json';
import heldOut101 from './fixtures/held-out-101.json';
import heldOut102 from './fixtures/held-out-102.json';
import heldOut103 from './fixtures/held-out-103.json';
import heldOut104 from './fixtures/held-out-104.json';
import heldOut105 from './fixtures/held-out-105.json';
import heldOut106 from './fixtures/held-out-106.json';
import heldOut107 from './fixtures/held-out-107.json';
import heldOut108 from './fixtures/held-out-108.json';
import heldOut109 from './fixtures/held-out-109.json';
import heldOut110 from './fixtures/held-out-110.json';
import heldOut111 from './fixtures/held-out-111.json';
import heldOut112 from './fixtures/held-out-112.json';
import heldOut113 from './fixtures/held-out-113.json';
import heldOut114 from './fixtures/held-out-114.json';
import heldOut115 from './fixtures/held-out-115.json';
import heldOut116 from './fixtures/held-out-116.json';
import heldOut117 from './fixtures/held-out-117.json';
import heldOut118 from './fixtures/held-out-118.json';
import heldOut119 from './fixtures/held-out-119.json';
import heldOut120 from './fixtures/held-out-120.json';
import heldOut121 from './fixtures/held-out-121.json';
import heldOut122 from './fixtures/held-out-122.json';
import heldOut123 from './fixtures/held-out-123.json';
import heldOut124 from './fixtures/held-out-124.json';
import heldOut125 from './fixtures/held-out-125.json';
import heldOut126 from './fixtures/held-out-126.json';
import heldOut127 from './fixtures/held-out-127.json';
import heldOut128 from './fixtures/held-out-128.json';
import heldOut129 from './fixtures/held-out-129.json';
import heldOut131 from './fixtures/held-out-131.json';
import heldOut132 from './fixtures/held-out-132.json';
import heldOut133 from './fixtures/held-out-133.json';
import heldOut134 from './fixtures/held-out-134.json';
import heldOut135 from './fixtures/held-out-135.json';
import heldOut136 from './fixtures/held-out-136.json';
import heldOut137 from './fixtures/held-out-137.json';
import heldOut138 from './fixtures/held-out-138.json';
import heldOut139 from './fixtures/held-out-139.json';
import heldOut140 from './fixtures/held-out-140.json';
import heldOut141 from './fixtures/held-out-141.json';
import heldOut142 from './fixtures/held-out-142.json';
import heldOut143 from './fixtures/held-out-143.json';
import heldOut144 from './fixtures/held-out-144.json';
import heldOut145 from './fixtures/held-out-145.json';
import heldOut146 from './fixtures/held-out-146.json';
import heldOut147 from './fixtures/held-out-147.json';
import heldOut148 from './fixtures/held-out-148.json';
import heldOut149 from './fixtures/held-out-149.json';
import heldOut150 from './fixtures/held-out-150.json';
import heldOut151 from './fixtures/held-out-151.json';
import heldOut152 from './fixtures/held-out-152.json';
import heldOut153 from './fixtures/held-out-153.json';
import heldOut154 from './fixtures/held-out-154.json';
import nonPermission from './fixtures/non-permission.json';
import policyTypes from './fixtures/policy-types.json';
import s3AndNetwork from './fixtures/s3-and-network.json';
import services from './fixtures/services.json';
import structure from './fixtures/structure.json';

interface FailureFixture {
  id: string;
  text: string;
  source: string;
  expected: { cause: Cause; action?: string; resource?: string; policyType?: PolicyType };
}

// Real failure texts from public issue threads, forums and AWS documentation; each cites its source.
// `structure` is what the failure-text grammar was written from; `held-out` was gathered and labelled
// afterwards and measured before any change for it, `held-out-2` to `held-out-154` likewise in later rounds (rounds 100 and 130 found no text)
// (docs/failure-texts.md gives the figures).
const fixtures: FailureFixture[] = [...policyTypes, ...s3AndNetwork, ...services, ...nonPermission, ...structure, ...heldOut, ...heldOut2, ...heldOut3, ...heldOut4, ...heldOut5, ...heldOut6, ...heldOut7, ...heldOut8, ...heldOut9, ...heldOut10, ...heldOut11, ...heldOut12, ...heldOut13, ...heldOut14, ...heldOut15, ...heldOut16, ...heldOut17, ...heldOut18, ...heldOut19, ...heldOut20, ...heldOut21, ...heldOut22, ...heldOut23, ...heldOut24, ...heldOut25, ...heldOut26, ...heldOut27, ...heldOut28, ...heldOut29, ...heldOut30, ...heldOut31, ...heldOut32, ...heldOut33, ...heldOut34, ...heldOut35, ...heldOut36, ...heldOut37, ...heldOut38, ...heldOut39, ...heldOut40, ...heldOut41, ...heldOut42, ...heldOut43, ...heldOut44, ...heldOut45, ...heldOut46, ...heldOut47, ...heldOut48, ...heldOut49, ...heldOut50, ...heldOut51, ...heldOut52, ...heldOut53, ...heldOut54, ...heldOut55, ...heldOut56, ...heldOut57, ...heldOut58, ...heldOut59, ...heldOut60, ...heldOut61, ...heldOut62, ...heldOut63, ...heldOut64, ...heldOut65, ...heldOut66, ...heldOut67, ...heldOut68, ...heldOut69, ...heldOut70, ...heldOut71, ...heldOut72, ...heldOut73, ...heldOut74, ...heldOut75, ...heldOut76, ...heldOut77, ...heldOut78, ...heldOut79, ...heldOut80, ...heldOut81, ...heldOut82, ...heldOut83, ...heldOut84, ...heldOut85, ...heldOut86, ...heldOut87, ...heldOut88, ...heldOut89, ...heldOut90, ...heldOut91, ...heldOut92, ...heldOut93, ...heldOut94, ...heldOut95, ...heldOut96, ...heldOut97, ...heldOut98, ...heldOut99,
  ...heldOut101, ...heldOut102, ...heldOut103, ...heldOut104, ...heldOut105, ...heldOut106, ...heldOut107, ...heldOut108, ...heldOut109, ...heldOut110, ...heldOut111, ...heldOut112, ...heldOut113, ...heldOut114, ...heldOut115, ...heldOut116, ...heldOut117, ...heldOut118, ...heldOut119, ...heldOut120, ...heldOut121, ...heldOut122, ...heldOut123, ...heldOut124, ...heldOut125, ...heldOut126, ...heldOut127, ...heldOut128, ...heldOut129, ...heldOut131, ...heldOut132, ...heldOut133, ...heldOut134, ...heldOut135, ...heldOut136, ...heldOut137, ...heldOut138, ...heldOut139, ...heldOut140, ...heldOut141, ...heldOut142, ...heldOut143, ...heldOut144, ...heldOut145, ...heldOut146, ...heldOut147, ...heldOut148, ...heldOut149, ...heldOut150, ...heldOut151, ...heldOut152, ...heldOut153, ...heldOut154] as FailureFixture[];

describe('failure-text fixtures', () => {
  it('are at least 80, with unique ids, each citing a source, covering every cause id', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(80);
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
    expect(fixtures.filter((f) => f.source.trim() === '')).toEqual([]);
    const covered = new Set(fixtures.map((f) => f.expected.cause));
    expect(CAUSES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(fixtures)('$id', ({ text, expected }) => {
    const result = classifyText({ failureReason: text });
    const got = {
      cause: result.cause,
      ...(expected.action ? { action: result.deniedRequest?.action } : {}),
      ...(expected.resource ? { resource: result.deniedRequest?.resource } : {}),
      ...(expected.policyType ? { policyType: result.deniedRequest?.policyType } : {}),
    };
    expect(got).toEqual(expected);
    expect(result.confidence).toBe(expected.cause === 'unknown' ? 'unknown' : 'likely');
  });
});
