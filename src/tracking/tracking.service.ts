import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { type ExportScope, exportRecommendations } from './recommendations-export.ts'
import { createRoundsService } from './rounds.service.ts'
import { buildTrackingReport } from './tracking-report.ts'
import { trackingReportPdf } from './tracking-report-pdf.ts'

/**
 * Recommendation tracking: rounds (schedule, evidence, the committee's assessment), the tracking report and
 * the exports. `trackingReportPdf(roundId, today)` gives the report's PDF bytes for the agenda pack builder.
 */
export function createTrackingService(db: Kysely<Database>) {
  return {
    ...createRoundsService(db),
    trackingReport: (roundId: number, today: string) => buildTrackingReport(db, roundId, today),
    trackingReportPdf: async (roundId: number, today: string) =>
      trackingReportPdf(await buildTrackingReport(db, roundId, today)),
    exportRecommendations: (scope: ExportScope, today: string) => exportRecommendations(db, scope, today),
  }
}

export type TrackingService = ReturnType<typeof createTrackingService>
