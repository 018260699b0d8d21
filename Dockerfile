# Jobtriage: the Next.js standalone server on Node 20, as a non-root user.
# Build:  docker build -t jobtriage .
# Run:    docker run -p 3000:3000 -v jobtriage-data:/data -e JOBTRIAGE_AUTH=alb ... jobtriage
# See README.md, "Deploying", for the variables and the SSO set-up in front of it.

# --- dependencies: exactly the lockfile (npm ci), dev dependencies included for the build ---
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# npm ci's postinstall applies them (patch-package): the simulator's fixes must be in the build.
COPY patches ./patches
RUN npm ci --no-audit --no-fund

# --- build: next build with output: 'standalone' traces the server's own node_modules ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# --- runtime: the traced server, its static files and public/, no dev dependencies, no sources ---
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    JOBTRIAGE_DATA_DIR=/data
RUN groupadd --system --gid 1001 jobtriage \
 && useradd --system --uid 1001 --gid jobtriage --home-dir /app --shell /usr/sbin/nologin jobtriage \
 && mkdir -p /data && chown jobtriage:jobtriage /data
COPY --from=build --chown=jobtriage:jobtriage /app/.next/standalone ./
COPY --from=build --chown=jobtriage:jobtriage /app/.next/static ./.next/static
COPY --from=build --chown=jobtriage:jobtriage /app/public ./public
COPY --from=build --chown=jobtriage:jobtriage /app/deploy/method-guard.cjs ./method-guard.cjs
USER jobtriage
# The embedded store (SQLite) lives here; with DATABASE_URL (PostgreSQL) it stays empty.
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# method-guard answers TRACE/TRACK with 405 (Next would answer 500); see the file.
CMD ["node", "--require", "./method-guard.cjs", "server.js"]
