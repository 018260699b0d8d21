export { REDACTED, redactSetting, redactSettings, redactText } from './redact';
