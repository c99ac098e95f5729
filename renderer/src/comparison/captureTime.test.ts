// Between the stored capture time and the date-time field: the typed local time is stored with
// its offset to the minute, and read back as the same instant.
import { describe, expect, it } from 'vitest';
import { parseZonedDateTime } from '@internationalized/date';
import { fieldValueOf, isInFuture, sameTime, storedValueOf } from './captureTime';

describe('capture time in the field and in the file', () => {
  it('stores a time typed in Beijing with its +08:00 offset, to the minute', () => {
    const typed = parseZonedDateTime('2024-11-05T10:30:42.5[Asia/Shanghai]');
    expect(storedValueOf(typed)).toBe('2024-11-05T10:30:00+08:00');
  });

  it('reads a stored time back as the same instant, whatever offset it was stored with', () => {
    const shown = fieldValueOf('2024-11-05T02:30:00Z')!;
    expect(sameTime(storedValueOf(shown), '2024-11-05T10:30:00+08:00')).toBe(true);
  });

  it('shows nothing for an unknown or unreadable time, and stores null for an empty field', () => {
    expect(fieldValueOf(null)).toBeNull();
    expect(fieldValueOf('昨天下午')).toBeNull();
    expect(storedValueOf(null)).toBeNull();
    expect(sameTime(null, null)).toBe(true);
    expect(sameTime(null, '2024-11-05T10:30:00+08:00')).toBe(false);
  });

  it('tells a time in the future from one in the past', () => {
    expect(isInFuture(parseZonedDateTime('2999-01-01T00:00[Asia/Shanghai]'))).toBe(true);
    expect(isInFuture(parseZonedDateTime('2024-11-05T10:30[Asia/Shanghai]'))).toBe(false);
  });
});
