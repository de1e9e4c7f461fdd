// @rectify/service — the Rectify Kit HTTP service: the OpenAPI contract, its handler and a typed client.

export type { RectifyServiceOptions } from './service/create-service';
export { createRectifyService } from './service/create-service';
