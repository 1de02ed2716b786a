using Jixiao.Web.Accounts;
using Jixiao.Web.Data.Entities;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A user made for a test, with the caller the server sees when they sign in.</summary>
public sealed record Person(User User, string Password)
{
    public string UserName => User.UserName;

    public Caller Caller => Caller.From(Caller.Principal(User, "tests"))!;
}
