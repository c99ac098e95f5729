// A screenshot's capture time between the project file (ISO 8601 with the offset it was typed
// in) and the date-time field (a zoned date-time in this computer's time zone).
import { now, parseAbsoluteToLocal, getLocalTimeZone, type ZonedDateTime } from '@internationalized/date';

/** The stored time as the field shows it, in local time; null when unknown or unreadable. */
export function fieldValueOf(stored: string | null): ZonedDateTime | null {
  if (!stored) return null;
  try {
    return parseAbsoluteToLocal(stored);
  } catch {
    return null;
  }
}

/** What is stored for a typed time: ISO 8601 to the minute with its UTC offset, e.g. 2024-11-05T10:30:00+08:00. */
export function storedValueOf(value: ZonedDateTime | null): string | null {
  if (!value) return null;
  return value.set({ second: 0, millisecond: 0 }).toString().replace(/\[.*\]$/, '');
}

/** The same instant: a stored value and the one the field would store again. */
export const sameTime = (a: string | null, b: string | null): boolean => (a && b ? Date.parse(a) === Date.parse(b) : a === b);

/** A screenshot cannot have been taken after now. */
export const isInFuture = (value: ZonedDateTime): boolean => value.compare(now(getLocalTimeZone())) > 0;
