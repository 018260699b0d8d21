import { describe, expect, it } from 'vitest';
import heldOut70 from './fixtures/held-out-70.json';
import heldOut71 from './fixtures/held-out-71.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 70 (notebooks' saved outputs and READMEs in repositories no round cited) and 71 (threads quoting hub models'
// deployments): each first-pass miss read by its structure, then the same structure in other wordings (constructed)
// and its limits.
const real = fixtureText([...heldOut70, ...heldOut71]);

describe('round 70 and 71 misses', () => {
  it.each([
    ['r70-model-card-create-conflict-version-exists', 'validation'],
    ['r71-jumpstart-gemma2b-attach-accept-eula-valueerror', 'validation'],
    ['r71-llama2-finetuned-tgi-no-local-weights-bin', 'data'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads a conflict whose message says the thing already exists, and not a conflict that says nothing of it', () => {
    expect(causeOf('botocore.exceptions.ClientError: An error occurred (ConflictException) when calling the CreateExperiment operation: Experiment churn-exp already exists')).toBe('validation');
    expect(causeOf('An error occurred (ConflictException) when calling the UpdateTrainingJob operation: There was a conflict when you attempted to modify a SageMaker entity such as an Experiment or Artifact.')).toBe('unknown');
    expect(causeOf('An error occurred (InternalFailure) when calling the CreateModelCard operation: model card version 1 already exists')).not.toBe('validation');
  });

  it("reads a setting to define within the model's Environment, and not a sentence about an environment", () => {
    expect(causeOf("ValueError: Need to define 'accept_eula'='true' within Environment. Model 'meta-textgeneration-llama-3-8b' requires accepting end-user license agreement (EULA).")).toBe('validation');
    expect(causeOf('ValueError: need to define the tokenizer within the environment of the training script')).toBe('user-code');
  });

  it("reads TGI's missing local weights under /opt/ml/model as the model archive's, and elsewhere as the code's", () => {
    expect(causeOf('FileNotFoundError: No local weights found in /opt/ml/model with extension .safetensors')).toBe('data');
    expect(causeOf('FileNotFoundError: No local weights found in /tmp/checkpoints with extension .bin')).toBe('user-code');
  });
});
