import { describe, expect, it } from 'vitest';
import heldOut89 from './fixtures/held-out-89.json';
import heldOut90 from './fixtures/held-out-90.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 89 and 90 (Hugging Face model discussions, workshops' companion repositories): the first-pass misses read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut89, ...heldOut90]);

describe('round 89 misses', () => {
  it('r89-hf-gte-qwen2-7b14-tei-could-not-download-artifacts reads model-download', () => {
    expect(causeOf(real('r89-hf-gte-qwen2-7b14-tei-could-not-download-artifacts'))).toBe('model-download');
  });

  it("reads Text Embeddings Inference's launcher error naming its download step, and not a warning that retries it", () => {
    expect(causeOf('2024-05-01T10:00:01Z  INFO text_embeddings_router: Starting download\nError: Could not download model artifacts\n\nCaused by:\n    0: request error')).toBe('model-download');
    expect(causeOf('2024-05-01T10:00:00Z  WARN text_embeddings_router: Could not download model artifacts, retrying')).toBe('unknown');
  });

  it("reads TGI's download step whatever its conversion raised (relabelled model-download by the step's convention)", () => {
    expect(causeOf(real('r89-hf-aguila7b1-tgi-downloaderror-shared-tensors'))).toBe('model-download');
  });
});

describe('round 90 miss', () => {
  it('r90-pyspark-parquet-path-already-exists reads user-code', () => {
    expect(causeOf(real('r90-pyspark-parquet-path-already-exists'))).toBe('user-code');
  });

  it('reads an unqualified exception a frame the text shows raised as the code\'s, and not the same name bare', () => {
    const frames = "~/lib/python3.10/site-packages/acme/client.py in call(self)\n---> 88         raise QuotaCheckException(msg)\n\nQuotaCheckException: local budget file missing";
    expect(causeOf(frames)).toBe('user-code');
    // Bare, the name's shape is an AWS service's exception as much as the code's.
    expect(causeOf("AnalysisException: 'path s3a://b/x.parquet.gz already exists.;'")).toBe('unknown');
  });
});
