import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';

/**
 * Messages a client library prints from a fixed template, quoted from the library's source rather than
 * a thread (like botocore's connect-timeout templates in the fixtures): every job that meets the
 * condition prints exactly these words, so they must read right even before a thread quotes them.
 */
describe('library message templates', () => {
  it.each([
    // AWS SDK for Java 1.x, EC2CredentialsFetcher / ContainerCredentialsFetcher.getCredentials():
    // throw new SdkClientException("The credentials received have been expired").
    ['the Java SDK refusing instance-profile credentials past their expiry', 'com.amazonaws.SdkClientException: The credentials received have been expired', 'expired-credentials'],
    // PyTorch, torch/utils/data/_utils/signal_handling.py: "DataLoader worker (pid {}) is killed by signal: {}"
    // with strsignal()'s name, and torch/csrc/DataLoader.cpp's SIGBUS handler message.
    ["PyTorch's DataLoader worker killed by the OOM killer", 'RuntimeError: DataLoader worker (pid 31) is killed by signal: Killed. ', 'out-of-memory'],
    ["PyTorch's worker bus error on /dev/shm", 'ERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm).', 'out-of-memory'],
  ])('%s', (_name, text, cause) => {
    expect(classifyText({ failureReason: text }).cause).toBe(cause);
  });

  it('leaves credentials that were received, not expired, alone', () => {
    expect(classifyText({ failureReason: 'INFO Credentials received have been cached for 3600 s' }).cause).toBe('unknown');
  });
});
