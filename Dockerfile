# syntax=docker/dockerfile:1
# One image per deployable, chosen with --build-arg SERVICE=<workspace folder>:
#   subgraphs/contracts, subgraphs/structures, subgraphs/beneficiaries, subgraphs/directory, gateway, portal,
#   digest (the weekly e-mail digest of alerts: docs/operations.md)
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV TURBO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY . .
RUN npm ci --ignore-scripts && npm run build

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1 \
    SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages ./packages
COPY --from=build /app/subgraphs ./subgraphs
COPY --from=build /app/gateway ./gateway
COPY --from=build /app/portal ./portal
COPY --from=build /app/digest ./digest
COPY --from=build /app/schema ./schema
# Only the production dependencies of the one workspace this image runs (and the workspaces it uses).
RUN test -n "${SERVICE}" && npm ci --omit=dev --ignore-scripts --workspace="${SERVICE}" && npm cache clean --force
USER node
CMD ["sh", "-c", "exec node \"$SERVICE/dist/main.js\""]
