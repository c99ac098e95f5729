// Team sync keys in the desktop app are sealed by the OS keychain (Electron's safeStorage:
// Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux), so the connections file in
// userData holds only ciphertext. Where no keychain is available (a Linux without a secret
// service) the plain Node fallback applies: an owner-only file, as in browser mode.
import { safeStorage } from 'electron';
import { ownerOnlyFile, type SecretBox } from '../sync/key-store';

export function keychainBox(): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return ownerOnlyFile;
  return {
    kind: 'keychain',
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
