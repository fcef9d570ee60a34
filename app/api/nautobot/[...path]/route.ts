import { forwardToNautobot } from '@/lib/server/forward';

export const dynamic = 'force-dynamic';

function handler(request: Request): Promise<Response> {
  return forwardToNautobot(request);
}

export {
  handler as GET,
  handler as HEAD,
  handler as OPTIONS,
  handler as POST,
  handler as PUT,
  handler as PATCH,
  handler as DELETE,
};
