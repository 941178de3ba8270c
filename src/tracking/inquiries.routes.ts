import type { FastifyInstance } from 'fastify'
import { todayInLondon } from '../shared/dates.ts'
import type { InquiriesService } from './inquiries.service.ts'

export function inquiriesRoutes(inquiries: InquiriesService) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { slug: string; inquiry: string } }>(
      '/committees/:slug/inquiries/:inquiry',
      async (request, reply) =>
        reply.view(
          'pages/inquiry.njk',
          await inquiries.inquiryPage(request.params.slug, request.params.inquiry, todayInLondon()),
        ),
    )
  }
}
