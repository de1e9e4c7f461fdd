import type { Hono } from 'hono';
import type { ServiceEnv, ServiceLimits } from '../service/context';

/** `POST /v1/tables/{kind}` (pending @rectify/tables' importTable). */
export function registerTableRoutes(_app: Hono<ServiceEnv>, _limits: ServiceLimits): void {}
