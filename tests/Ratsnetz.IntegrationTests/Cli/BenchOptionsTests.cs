using System.CommandLine;

namespace Ratsnetz.Cli;

/// <summary>The bench verbs' option checks: defaults pass, values out of range are refused before anything runs.</summary>
public sealed class BenchOptionsTests
{
    [Theory]
    [InlineData("bench oparl --duration 10")]
    [InlineData("bench oparl")]
    [InlineData("bench search --no-build --duration 5")]
    public void Options_left_at_their_defaults_pass_the_checks(string line)
    {
        var parse = RatsnetzCommandLine.Create().Parse(line);

        Assert.Empty(parse.Errors);
    }

    [Theory]
    [InlineData("bench oparl --connections 0", "--connections")]
    [InlineData("bench oparl --duration 0", "--duration")]
    [InlineData("bench oparl --server-warmup -1", "--server-warmup")]
    [InlineData("bench oparl --rounds 0", "--rounds")]
    [InlineData("bench search --warmup -1", "--warmup")]
    public void Values_out_of_range_are_refused_with_the_option_named(string line, string option)
    {
        var parse = RatsnetzCommandLine.Create().Parse(line);

        var error = Assert.Single(parse.Errors);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }
}
