// Schema version 2: screenshot comparisons as the product needs them. A comparison can back
// several claims (a link table replaces v1's single claim_id, whose links are carried over);
// each screenshot keeps its source URL, capture time and a stored thumbnail; region notes get a
// colour.
//
// Frozen: the SQL that made every version-2 file, literal and importing nothing from today's
// code; a later change is a new migration (fixtures/projects/v2.pizhu checks this).
import type { DatabaseSync } from 'node:sqlite';

export function up(db: DatabaseSync): void {
  db.exec(`
    ALTER TABLE comparison_items ADD COLUMN source_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE comparison_items ADD COLUMN captured_at TEXT;
    ALTER TABLE comparison_items ADD COLUMN thumbnail_hash TEXT REFERENCES assets(hash) DEFERRABLE INITIALLY DEFERRED;
    ALTER TABLE regions ADD COLUMN colour TEXT NOT NULL DEFAULT '#e5484d';

    CREATE TABLE claim_comparisons (
      id TEXT PRIMARY KEY NOT NULL,
      claim_id TEXT NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
      comparison_id TEXT NOT NULL REFERENCES comparisons(id) DEFERRABLE INITIALLY DEFERRED,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      UNIQUE (claim_id, comparison_id)
    ) STRICT;
    CREATE INDEX claim_comparisons_by_comparison ON claim_comparisons (comparison_id);
    CREATE INDEX comparison_items_by_comparison ON comparison_items (comparison_id, sort_order);
    CREATE INDEX regions_by_item ON regions (item_id, sort_order);

    INSERT INTO claim_comparisons (id, claim_id, comparison_id, created_at, created_by)
      SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a'
               || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
             claim_id, id, created_at, created_by
      FROM comparisons WHERE claim_id IS NOT NULL;
  `);
}
