import type { FastifyInstance, FastifyReply } from 'fastify'
import { todayInLondon } from '../shared/dates.ts'
import { recommendationsCsv, recommendationsJson, type ExportScope } from './recommendations-export.ts'
import { idParam, roundsRoutes } from './rounds.routes.ts'
import type { TrackingService } from './tracking.service.ts'

/** Tracking rounds (staff), the public tracking report (HTML and PDF), and the recommendation exports. */
export function trackingRoutes(tracking: TrackingService) {
  return async (app: FastifyInstance) => {
    await app.register(roundsRoutes(tracking))

    app.get<{ Params: { round: string } }>('/tracking-reports/:round', async (request, reply) =>
      reply.view('pages/tracking-report.njk', {
        report: await tracking.trackingReport(idParam(request.params.round), todayInLondon()),
      }),
    )

    app.get<{ Params: { round: string } }>('/tracking-reports/:round/report.pdf', async (request, reply) => {
      const bytes = await tracking.trackingReportPdf(idParam(request.params.round), todayInLondon())
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="tracking-report-${request.params.round}.pdf"`)
        .send(Buffer.from(bytes))
    })

    const send = async (reply: FastifyReply, scope: ExportScope, format: 'csv' | 'json', name: string) => {
      const today = todayInLondon()
      const recs = await tracking.exportRecommendations(scope, today)
      const filename = `${name}-recommendations-${today}.${format}`
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(format === 'csv' ? recommendationsCsv(recs) : recommendationsJson(recs, today))
    }

    for (const format of ['csv', 'json'] as const) {
      app.get<{ Params: { slug: string; inquiry: string } }>(
        `/committees/:slug/inquiries/:inquiry/recommendations.${format}`,
        (request, reply) =>
          send(
            reply,
            { committeeSlug: request.params.slug, inquirySlug: request.params.inquiry },
            format,
            request.params.inquiry,
          ),
      )
      app.get<{ Params: { slug: string } }>(`/committees/:slug/recommendations.${format}`, (request, reply) =>
        send(reply, { committeeSlug: request.params.slug }, format, request.params.slug),
      )
    }
  }
}
