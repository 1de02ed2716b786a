using Xunit.Abstractions;

namespace Jixiao.Web.Tests.Infrastructure;

// The four ways a test class can start the app; each is a class fixture, so each test class gets its own database.

/// <summary>The app on a new SQLite file, with the demo region seeded.</summary>
public sealed class SqliteFactory() : JixiaoFactory(new SqliteTestDatabase(), demo: true);

/// <summary>The app on a new PostgreSQL database, with the demo region seeded.</summary>
public sealed class PostgresFactory(IMessageSink sink) : JixiaoFactory(new PostgresTestDatabase(sink), demo: true);

/// <summary>The app on a new SQLite file with no data (Jixiao:Demo=false).</summary>
public sealed class EmptySqliteFactory() : JixiaoFactory(new SqliteTestDatabase(), demo: false);

/// <summary>The app on a new PostgreSQL database with no data (Jixiao:Demo=false).</summary>
public sealed class EmptyPostgresFactory(IMessageSink sink) : JixiaoFactory(new PostgresTestDatabase(sink), demo: false);
