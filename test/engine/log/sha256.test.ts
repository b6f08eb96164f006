import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/engine/log/sha256.ts';

describe('sha256Hex', () => {
  it('returns the FIPS 180-4 digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Node’s crypto at every length around the 64-byte block and its padding edge', () => {
    for (let length = 0; length <= 130; length++) {
      const text = 'é'.repeat(length % 7) + 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
