import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-fifty-first to hundred-and-fifty-sixth reviews' mends (docs/failure-texts.md): AWS's Neuron pages, the
// issue's known gaps in real wordings, the less common features' texts.
describe("the Neuron compiler and runtime finding the device's memory too small", () => {
  it('reads a graph whose tensors exceed the high-bandwidth memory as memory', () => {
    expect(causeOf('NCC_EOOM001\n===========\n\n**Error message**: The combined memory needed for the model tensors exceeds the high-bandwidth memory limit.')).toBe('out-of-memory');
    expect(causeOf("The combined memory needed for the model's activation tensors exceeds the high-bandwidth memory limit.")).toBe('out-of-memory');
  });

  it("reads the runtime's refusal of a size as memory", () => {
    const log = [
      '2025-May-15 20:58:33.895937 224822:224822 ERROR  TDRV:print_lnc_hbm_details                   LNC size is 1. Neuron Cores using this HBM: NC 4 and NC 5',
      '2025-May-15 20:58:33.897479 224822:224822 ERROR  TDRV:log_dev_mem                             Failed to allocate 4.000GB (alignment: none, usage: tensors) on ND 0:NC 4',
    ].join('\n');
    expect(causeOf(log)).toBe('out-of-memory');
    expect(causeOf('RuntimeError: Failed to allocate 2.50 GiB on device 0')).toBe('out-of-memory');
  });

  it('not a limit of something else, nor an allocation of a count', () => {
    expect(causeOf('ValueError: The request exceeds the rate limit for this model')).not.toBe('out-of-memory');
    expect(causeOf('RuntimeError: failed to allocate 4 workers for the data loader')).not.toBe('out-of-memory');
  });
});

describe("the Neuron runtime's uncorrectable memory error", () => {
  it("is the instance's hardware, as the driver's NEURON_HW_ERR is", () => {
    expect(causeOf('Uncorrectable memory error is detected on Neuron device: 5:1 metadata: 0x2. Failing execution.')).toBe('internal');
  });
});

describe("the job's input refused by its reader", () => {
  it("reads a value in the input's data store that cannot be parsed as the data", () => {
    const mlio =
      "mlio.InvalidInstanceError: The column 'duration' of the row #9,710,124 in the data store '/opt/ml/input/data/train' cannot be parsed as float64. Its string value is 'duration'.";
    expect(causeOf(mlio)).toBe('data');
  });

  it("not a file outside the job's input", () => {
    expect(causeOf("ValueError: The value in '/opt/ml/code/config.yaml' cannot be parsed as float64")).not.toBe('data');
  });

  it("reads a content type the algorithm says is not accepted as the data's format", () => {
    expect(causeOf('text/csv;label_size=0 is not an accepted csv ContentType. Optional parameter label_size must be equal to 1')).toBe('data');
  });
});
