# Posyandu Bot: one image for the server and the workers (ROLE chooses).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
# The words the readers understand (locales/vocabulary/*.json) are imported by the code: the build needs them.
COPY locales/vocabulary ./locales/vocabulary
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY flows ./flows
COPY locales ./locales
COPY src/http/public ./dist/src/http/public
USER node
EXPOSE 3000
CMD ["node", "dist/src/main/server.js"]
