import type { FastifyInstance } from 'fastify';
import type { MediaStore } from '../../app/messages/media-store.js';

/** Serves generated images by their unguessable id (charts for the simulator and the WhatsApp Cloud API). */
export async function mediaRoutes(app: FastifyInstance, media: MediaStore): Promise<void> {
  app.get<{ Params: { id: string } }>(
    '/media/:id.png',
    { config: { access: 'public' }, schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,80}$' } }, required: ['id'] } } },
    async (request, reply) => {
      const found = await media.get(request.params.id);
      if (!found) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'No such image; charts are kept for a limited time.' } });
      return reply.type(found.contentType).header('cache-control', 'private, max-age=86400').send(found.data);
    },
  );
}
