import { describe, expect, it } from 'vitest';
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
import nonPermission from './fixtures/non-permission.json';
import policyTypes from './fixtures/policy-types.json';
import s3AndNetwork from './fixtures/s3-and-network.json';
import services from './fixtures/services.json';
import structure from './fixtures/structure.json';
import { PERMISSION_RULES } from './permission-rules';
import { FAILURE_RULES } from './rules';

const texts = [...policyTypes, ...s3AndNetwork, ...services, ...nonPermission, ...structure, ...heldOut, ...heldOut2, ...heldOut3, ...heldOut4, ...heldOut5, ...heldOut6, ...heldOut7, ...heldOut8, ...heldOut9, ...heldOut10].map((f) => f.text);

describe('phrase rules: the words that gate each pattern', () => {
  // A rule's words only skip work: on every real text its pattern matches, one of its words is there.
  it.each([...PERMISSION_RULES, ...FAILURE_RULES].map((r) => [r.id, r] as const))('%s never hides a match', (_id, rule) => {
    const hidden = texts.filter((t) => rule.pattern.test(t) && !rule.words.some((w) => t.toLowerCase().includes(w)));
    expect(hidden).toEqual([]);
  });

  it('are lower-case, as the text they are looked for in', () => {
    const words = [...PERMISSION_RULES, ...FAILURE_RULES].flatMap((r) => r.words);
    expect(words.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});
