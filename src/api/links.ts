/** The API's entities and the path of each one's list ("/api/v1/<path>") and records ("…/<path>/<id>"). */
export const ENTITY_PATHS = {
  body: 'bodies',
  organization: 'organizations',
  person: 'people',
  membership: 'memberships',
  meeting: 'meetings',
  agendaItem: 'agenda-items',
  paper: 'papers',
  file: 'files',
  consultation: 'consultations',
  inquiry: 'inquiries',
  recommendation: 'recommendations',
  assessment: 'assessments',
  action: 'actions',
  workProgrammeItem: 'work-programme-items',
  declaration: 'declarations',
} as const

export type Entity = keyof typeof ENTITY_PATHS

export const API_PREFIX = '/api/v1'

const OPARL_TYPES: Partial<Record<Entity, string>> = {
  body: 'Body',
  organization: 'Organization',
  person: 'Person',
  membership: 'Membership',
  meeting: 'Meeting',
  agendaItem: 'AgendaItem',
  paper: 'Paper',
  file: 'File',
  consultation: 'Consultation',
}

/** Absolute URLs for one site (links must work for whoever reads the JSON, wherever it is stored). */
export interface Links {
  origin: string
  record(entity: Entity, id: number): string
  /** The same, or null when there is no id. */
  maybe(entity: Entity, id: number | null): string | null
  list(entity: Entity): string
  type(entity: Entity): string
  web(path: string): string
  openapi: string
}

export function linksFor(origin: string): Links {
  const api = `${origin}${API_PREFIX}`
  const record = (entity: Entity, id: number) => `${api}/${ENTITY_PATHS[entity]}/${id}`
  return {
    origin,
    record,
    maybe: (entity, id) => (id === null ? null : record(entity, id)),
    list: entity => `${api}/${ENTITY_PATHS[entity]}`,
    type: entity => {
      const oparl = OPARL_TYPES[entity]
      if (oparl) return `https://schema.oparl.org/1.1/${oparl}`
      return `${api}/openapi.json#/components/schemas/${entity.charAt(0).toUpperCase()}${entity.slice(1)}`
    },
    web: path => `${origin}${path}`,
    openapi: `${api}/openapi.json`,
  }
}
