// Identifiers and times as the project file stores them.
import { z } from 'zod';

/** Every record's primary key: a UUID, so copies of a project can be merged without clashes. */
export const IdSchema = z.uuid();
export type Id = string;

/** ISO 8601 UTC time of a change, e.g. 2025-01-31T08:00:00.000Z. */
export const TimeSchema = z.iso.datetime();

/** An asset's key: the lowercase hex SHA-256 of its bytes. */
export const AssetHashSchema = z.string().regex(/^[0-9a-f]{64}$/);
