export { REDACTED, redactCredentials, redactDeep, redactSetting, redactSettings, redactText } from './redact';
