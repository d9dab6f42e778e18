export { readDigestConfig, type DigestConfig } from './config';
export { ALERT_KINDS, DIGESTS_QUERY, fetchDigests, renderDigest, sendDigests, smtpTransport, type Digest } from './digest';
