import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

// The API's schemas both validate its responses and describe them in the OpenAPI document, so
// they carry OpenAPI metadata (`.openapi(...)`). Every API module imports z from here.
extendZodWithOpenApi(z)

export { z }
