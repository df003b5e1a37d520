using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

/// <summary>Rules, events and scheme-file behaviour that mutation testing found untested (issue #26).</summary>
public sealed class RulesEdgeTests
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);

    private static ScoringScheme Sample => SchemeJson.LoadFile(SchemeJsonTests.SampleSchemePath).EnsureSuccess().Scheme!;

    private static Department D(string name) => Department.FromName(name);

    private static AssessmentEvent E(string dept, string rule, decimal quantity = 1m, decimal? value = null, int day = 10) =>
        new(D(dept), new DateOnly(2023, 11, day), rule, quantity, value);

    /// <summary>A JSON scheme of exactly <paramref name="length"/> characters: a name padded with 'x'.</summary>
    private static string SchemeOfLength(int length)
    {
        const string head = "{ \"name\": \"";
        const string tail = "\" }";
        return head + new string('x', length - head.Length - tail.Length) + tail;
    }

    // ---- Scheme file: size limit, streams, encodings ----

    [Test]
    public void SchemeText_ExactlyMaxChars_Loads()
    {
        var json = SchemeOfLength(SchemeJson.MaxChars);
        json.Length.Should().Be(1024 * 1024);

        SchemeJson.Load(json).EnsureSuccess().Scheme!.Name!.Length.Should().Be(1024 * 1024 - 14);
    }

    [Test]
    public void SchemeStream_ExactlyMaxChars_Loads_OneMore_IsRefused_AtTheRoot()
    {
        var fits = SchemeJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength(1024 * 1024))));
        var tooLong = SchemeJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength((1024 * 1024) + 1))));

        fits.HasErrors.Should().BeFalse();
        fits.Scheme!.Name!.Length.Should().Be(1024 * 1024 - 14);
        var error = tooLong.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Column.Should().Be("$");
        error.Line.Should().BeNull();
        error.Message.Should().Contain("1048576");
    }

    [Test]
    public async Task SchemeStreamAsync_ExactlyMaxChars_Loads_OneMore_IsRefused()
    {
        var fits = await SchemeJson.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength(1024 * 1024))));
        var tooLong = await SchemeJson.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength((1024 * 1024) + 1))));

        fits.Scheme!.Name!.Length.Should().Be(1024 * 1024 - 14);
        tooLong.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column == "$");
    }

    [Test]
    public void SchemeStream_FarLongerThanTheLimit_IsNotReadToItsEnd()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength(4 * 1024 * 1024)));

        SchemeJson.Load(stream).Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        stream.Position.Should().BeLessThan(2 * 1024 * 1024, "reading stops soon after 1 Mi characters");
    }

    [Test]
    public async Task SchemeStreamAsync_FarLongerThanTheLimit_IsNotReadToItsEnd()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(SchemeOfLength(4 * 1024 * 1024)));

        (await SchemeJson.LoadAsync(stream)).Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        stream.Position.Should().BeLessThan(2 * 1024 * 1024, "reading stops soon after 1 Mi characters");
    }

    [Test]
    public void SchemeStream_InvalidUtf8_IsTheNotUtf8Error_AtTheRoot()
    {
        using var english = new MessageCultureScope("en");

        var error = SchemeJson.Load(new MemoryStream([(byte)'{', 0xC4, 0xE3, (byte)'}'])).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Column.Should().Be("$");
        error.Line.Should().BeNull();
        error.Message.Should().Contain("not valid UTF-8");
    }

    [Test]
    public async Task SchemeStreamAsync_InvalidUtf8_IsTheNotUtf8Error()
    {
        using var english = new MessageCultureScope("en");

        var error = (await SchemeJson.LoadAsync(new MemoryStream([(byte)'{', 0xC4, 0xE3, (byte)'}']))).Errors.Should().ContainSingle().Subject;

        error.Column.Should().Be("$");
        error.Message.Should().Contain("not valid UTF-8");
    }

    [Test]
    public async Task SchemeStream_Utf16WithBom_Loads_AndTheStreamIsLeftOpen()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{ \"baseScore\": 150 }")).ToArray();
        var stream = new MemoryStream(bytes);
        var asyncStream = new MemoryStream(bytes);

        SchemeJson.Load(stream).EnsureSuccess().Scheme!.BaseScore.Should().Be(150m);
        (await SchemeJson.LoadAsync(asyncStream)).EnsureSuccess().Scheme!.BaseScore.Should().Be(150m);
        stream.CanRead.Should().BeTrue("the caller's stream is left open");
        asyncStream.CanRead.Should().BeTrue("the caller's stream is left open");
    }

    [Test]
    public void NullArguments_AreArgumentNullExceptions()
    {
        FluentActions.Invoking(() => SchemeJson.Load((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SchemeJson.Save(null!)).Should().Throw<ArgumentNullException>();
    }

    // ---- Scheme file: syntax and shape ----

    [Test]
    public void SchemeJson_NullDocument_IsAnErrorAtTheRoot()
    {
        var error = SchemeJson.Load("null").Errors.Should().ContainSingle().Subject;

        (error.Code, error.Line, error.Column, error.RawValue).Should().Be((DiagnosticCodes.SchemeJsonInvalid, 1, "$", "null"));
    }

    [Test]
    public void SchemeJson_SyntaxError_NamesItsLineAndByte()
    {
        using var english = new MessageCultureScope("en");

        // Line 2 is "  x": the stray x is its third byte (0-based position 2).
        var error = SchemeJson.Load("{\n  x\n}").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Line.Should().Be(2);
        error.Message.Should().Contain("line 2, byte 3");
    }

    [Test]
    public void SchemeJson_SyntaxErrorAfterANestedObject_NamesTheEnclosingArray()
    {
        var error = SchemeJson.Load("{ \"rules\": [ {} 1 ] }").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Column.Should().Be("$.rules");
    }

    [Test]
    public void SchemeJson_ContentAfterTheRootObject_IsASyntaxErrorAtTheRoot()
    {
        var error = SchemeJson.Load("{}\n}").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Column.Should().Be("$");
        error.Line.Should().Be(2);
    }

    [Test]
    public void SchemeJson_NumberWrittenAsText_IsRefused()
    {
        var result = SchemeJson.Load("{ \"baseScore\": \"150\" }");

        result.Scheme.Should().BeNull("a number must be a JSON number, not text that looks like one");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column == "$.baseScore");
    }

    [Test]
    public void SchemeJson_UnknownHonourProperty_IsNamedByTheScan_WithTheHonoursProperties()
    {
        using var english = new MessageCultureScope("en");

        var error = SchemeJson.Load("{ \"honours\": [ { \"title\": \"红旗窗口\", \"count\": 1, \"colour\": \"red\" } ] }").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Column.Should().Be("$.honours[0].colour");
        error.Line.Should().BeNull("the scan names the property; the serializer would name a line");
        error.Message.Should().Contain("an honour").And.Contain("title, count, side");
    }

    [Test]
    public void SchemeJson_UnknownRootProperty_ListsTheSchemesProperties()
    {
        using var english = new MessageCultureScope("en");

        SchemeJson.Load("{ \"bonusCapp\": 20 }").Errors.Single().Message.Should().Contain("name, effectiveFrom, baseScore, bonusCap");
    }

    [Test]
    public void SchemeJson_ObjectInsideAnArrayThatIsNotRulesGradesOrHonours_IsATypeError_NotAnUnknownProperty()
    {
        using var english = new MessageCultureScope("en");

        var error = SchemeJson.Load("{ \"name\": [ { \"foo\": 1 } ] }").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        error.Message.Should().Contain("wrong type");
        error.Line.Should().Be(1);
    }

    [Test]
    public void SchemeJson_ObjectNestedInARuleProperty_IsATypeError_NotAnUnknownProperty()
    {
        using var english = new MessageCultureScope("en");

        var error = SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"bonus\", \"points\": 1, \"description\": [ { \"foo\": 1 } ] } ] }")
            .Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("wrong type");
        error.Line.Should().Be(1);
    }

    [TestCase("[1]", "[…]")]
    [TestCase("5", "5")]
    public void SchemeJson_RatingsThatAreNotAnObject_AreATypeError_ShowingTheValue(string ratings, string raw)
    {
        var error = SchemeJson.Load("{ \"ratings\": " + ratings + " }").Errors.Should().ContainSingle().Subject;

        (error.Code, error.Column, error.RawValue).Should().Be((DiagnosticCodes.SchemeJsonInvalid, "$.ratings", raw));
    }

    // ---- Scheme file: values ----

    [TestCase("扣分")]
    [TestCase("减分")]
    public void SchemeRule_ChineseDeductionAliases_AreDeductions(string kind)
    {
        var scheme = SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"" + kind + "\", \"points\": 1 } ] }").EnsureSuccess().Scheme!;

        scheme["A"].Kind.Should().Be(RuleKind.Deduction);
    }

    [TestCase("\"points\": 1, \"min\": 1")]
    [TestCase("\"points\": 1, \"max\": 2")]
    [TestCase("\"points\": 1, \"min\": 1, \"max\": 2")]
    public void SchemeRule_PointsWithARangeBound_IsRefused(string values)
    {
        var result = SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"bonus\", " + values + " } ] }");

        result.Scheme.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeValueInvalid && d.Column == "$.rules[0]");
    }

    [TestCase("\"min\": -1, \"max\": 2", "$.rules[0].min")]
    [TestCase("\"points\": -1", "$.rules[0].points")]
    public void SchemeRule_NegativePoints_AreNamedByTheirProperty(string values, string path)
    {
        var error = SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"bonus\", " + values + " } ] }").Errors.Should().ContainSingle().Subject;

        (error.Code, error.Column, error.RawValue).Should().Be((DiagnosticCodes.SchemeValueInvalid, path, "-1"));
    }

    [TestCase(0)]
    [TestCase(1)]
    public void SchemeRule_SecondaryShareAtEitherEnd_Loads(decimal share)
    {
        var scheme = SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"deduction\", \"points\": 1, \"secondaryShare\": " + share + " } ] }").EnsureSuccess().Scheme!;

        scheme["A"].SecondaryShare.Should().Be(share);
    }

    [Test]
    public void SchemeJson_NullEntries_AreNamedByIndex_ShowingNull()
    {
        var result = SchemeJson.Load("{ \"rules\": [ null ], \"honours\": [ null ], \"grades\": [ null ] }");

        result.Errors.Select(d => (d.Column, d.RawValue)).Should().BeEquivalentTo(new[]
        {
            ("$.rules[0]", "null"), ("$.honours[0]", "null"), ("$.grades[0]", "null"),
        });
    }

    [Test]
    public void SchemeRule_IdGivenTwice_IsNamedAtTheSecond()
    {
        var result = SchemeJson.Load("""
            { "rules": [ { "id": "A", "category": "c", "kind": "bonus", "points": 1 }, { "id": " A ", "category": "d", "kind": "bonus", "points": 2 } ] }
            """);

        result.Scheme.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.SchemeValueInvalid && d.Column == "$.rules[1].id" && d.RawValue == "A");
    }

    [Test]
    public void SchemeRule_PointsWithAReversedMax_IsNamedOnceForGivingBoth()
    {
        // "points" and "max" together is the rule's one problem: its max is not compared with its points as well.
        var result = SchemeJson.Load("""
            { "rules": [ { "id": "A", "category": "c", "kind": "bonus", "points": 5, "max": 2 } ] }
            """);

        result.Scheme.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.SchemeValueInvalid && d.Column == "$.rules[0]");
    }

    [Test]
    public void SchemeHonour_CountOfOne_Loads_UnknownSide_IsNamed()
    {
        SchemeJson.Load("{ \"honours\": [ { \"title\": \"红旗窗口\", \"count\": 1 } ] }").EnsureSuccess().Scheme!.Honours.Single().Count.Should().Be(1);

        var error = SchemeJson.Load("{ \"honours\": [ { \"title\": \"红旗窗口\", \"count\": 1, \"side\": \"middle\" } ] }").Errors.Should().ContainSingle().Subject;
        (error.Code, error.Column, error.RawValue).Should().Be((DiagnosticCodes.SchemeValueInvalid, "$.honours[0].side", "middle"));
    }

    [TestCase("{ \"name\": \"优秀\" }")]
    [TestCase("{ \"min\": 90 }")]
    [TestCase("{ \"min\": 90, \"name\": \" \" }")]
    public void SchemeGrade_WithoutNameOrMin_IsRefused(string grade)
    {
        var error = SchemeJson.Load("{ \"grades\": [ " + grade + " ] }").Errors.Should().ContainSingle().Subject;

        (error.Code, error.Column).Should().Be((DiagnosticCodes.SchemeValueInvalid, "$.grades[0]"));
    }

    [Test]
    public void SchemeSettings_NotPositiveOrNegative_MessagesNameTheProperty()
    {
        using var english = new MessageCultureScope("en");

        var result = SchemeJson.Load("{ \"baseScore\": 0, \"bonusCap\": -1 }");

        result.Errors.Select(d => (d.Column, d.RawValue)).Should().Equal(("$.baseScore", "0"), ("$.bonusCap", "-1"));
        var errors = result.Errors.ToArray();
        errors[0].Message.Should().StartWith("'baseScore' must be greater than zero");
        errors[1].Message.Should().StartWith("'bonusCap' must not be negative");
    }

    [Test]
    public void SchemeEnum_UnknownValue_ListsTheChoices()
    {
        using var english = new MessageCultureScope("en");

        SchemeJson.Load("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"sideways\", \"points\": 1 } ] }")
            .Errors.Single().Message.Should().Contain("deduction, bonus");
    }

    [Test]
    public void Save_DefaultScheme_LeavesOutEmptySections()
    {
        var text = SchemeJson.Save(new ScoringScheme());

        text.Should().NotContain("effectiveFrom").And.NotContain("categoryBudgets").And.NotContain("groupBaseScores")
            .And.NotContain("grades").And.NotContain("honours");
        text.Should().Contain("\"baseScore\": 100");
    }

    [Test]
    public void SchemeLoadResult_ToString_CountsErrors_OrSaysLoaded()
    {
        SchemeJson.Load("{ \"baseScore\": 0, \"bonusCap\": -1 }").ToString().Should().Be("2 errors");
        SchemeJson.Load("{}").ToString().Should().StartWith("scheme loaded: ");
    }

    // ---- Event log ----

    [TestCase("部门,日期,分值\nA,2023-11-01,2\n")]
    [TestCase("部门,日期,类型\nA,2023-11-01,扣分\n")]
    [TestCase("部门,日期,类别,分值\nA,2023-11-01,c,2\n")]
    [TestCase("部门,日期,数量\nA,2023-11-01,1\n")]
    [TestCase("部门,规则\nA,JL-01\n")]
    public void EventLog_HeaderWithoutDateOrARuleOrAFullAdHocSet_IsMissingColumns(string log)
    {
        var result = EventLogReader.Default.ReadText(log);

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MissingColumns && d.Line == 1);
        result.Events.Should().BeEmpty();
    }

    [Test]
    public void EventLog_MissingColumns_ShowsTheHeadings()
    {
        using var english = new MessageCultureScope("en");

        var error = EventLogReader.Default.ReadText("部门,数量\nA,1\n").Errors.Single();

        error.RawValue.Should().Be("部门 | 数量");
        error.Message.Should().EndWith("found '部门', '数量'.");
    }

    [Test]
    public void EventLog_RowWithTooFewFields_IsAFieldCountError_ShowingTheRow()
    {
        var result = EventLogReader.Default.ReadText("部门,日期,规则\nA,2023-11-01\nB,2023-11-02,JL-01\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.FieldCount && d.Line == 2 && d.RawValue == "A | 2023-11-01");
        result.Events.Select(e => e.Department.Name).Should().Equal("B");
    }

    [Test]
    public void EventLog_KindCell_IsIgnoredWhenTheRowNamesARule()
    {
        var result = EventLogReader.Default.ReadText("部门,日期,规则,类型,类别,分值\nA,2023-11-01,JL-01,sideways,,\n");

        result.HasErrors.Should().BeFalse();
        result.Events.Single().Should().Match<AssessmentEvent>(e => e.RuleId == "JL-01" && e.AdHocKind == null);
    }

    [TestCase("A,2023-11-01,,,c,2")]
    [TestCase("A,2023-11-01,,扣分,,2")]
    [TestCase("A,2023-11-01,,扣分,c,")]
    public void EventLog_AdHocRowMissingKindCategoryOrValue_IsIncomplete(string row)
    {
        var result = EventLogReader.Default.ReadText("部门,日期,规则,类型,类别,分值,状态\n" + row + ",已审核\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.EventIncomplete && d.Line == 2);
        result.Events.Should().BeEmpty();
    }

    [Test]
    public void EventLog_ValueZero_IsAccepted()
    {
        var result = EventLogReader.Default.ReadText("部门,日期,规则,分值,状态\nA,2023-11-01,FW-01,0,已审核\n");

        result.HasErrors.Should().BeFalse();
        result.Events.Single().Value.Should().Be(0m);
    }

    [Test]
    public void EventLog_DepartmentCode_IsKept_EmptyPersonAndNote_AreNull()
    {
        var result = EventLogReader.Default.ReadText("部门,部门代码,日期,规则,人员,备注,状态\n教育厅,EDU,2023-11-03,JL-01,,,已审核\n");

        var e = result.Events.Single();
        e.Department.Code.Should().Be("EDU");
        e.Department.Name.Should().Be("教育厅");
        e.Person.Should().BeNull();
        e.Note.Should().BeNull();
    }

    [Test]
    public void EventLog_UnknownStatus_ListsTheWords()
    {
        using var english = new MessageCultureScope("en");

        var error = EventLogReader.Default.ReadText("部门,日期,规则,状态\nA,2023-11-01,JL-01,maybe\n").Errors.Single();

        error.Message.Should().Contain("已审核, 审核通过");
    }

    [Test]
    public void EventLogReader_DefaultsPassedToTheConstructor_Apply()
    {
        var options = ImportOptions.Default with { MaxRows = 1 };
        var reader = new EventLogReader(options);

        reader.Defaults.Should().BeSameAs(options);
        reader.ReadText("部门,日期,规则\nA,2023-11-01,R\nB,2023-11-02,R\n").Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.TooManyRows);
    }

    [Test]
    public async Task EventLogReader_OptionsPassedWithATableSource_Apply()
    {
        var options = ImportOptions.Default with { MaxRows = 1 };
        IReadOnlyList<string>[] records = [["部门", "日期", "规则"], ["A", "2023-11-01", "R"], ["B", "2023-11-02", "R"]];
        using var source = new CellTableSource(records);
        using var asyncSource = new CellTableSource(records);

        var result = EventLogReader.Default.Read(source, options);
        var asyncResult = await EventLogReader.Default.ReadAsync(asyncSource, options);

        result.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.TooManyRows);
        result.Events.Should().ContainSingle();
        asyncResult.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.TooManyRows);
        asyncResult.Events.Should().ContainSingle();
    }

    [Test]
    public void EventLogResult_ToString_CountsEventsAndErrors()
    {
        EventLogReader.Default.ReadText("部门,日期,规则\nA,2023-11-31,R\nB,2023-11-02,R\nC,2023-11-03,R\n").ToString().Should().Be("2 events, 1 errors");
    }

    [Test]
    public void AdHocEvent_ToString_ShowsKindAndCategory()
    {
        var e = AssessmentEvent.AdHoc(D("Customs"), new DateOnly(2023, 11, 5), RuleKind.Bonus, "Commendation", 2m);

        e.ToString().Should().Be("2023-11-05 Customs Bonus/Commendation ×1 @2 (Approved)");
    }

    [Test]
    public void RuleEvent_ToString_ShowsTheRule()
    {
        var e = new AssessmentEvent(D("教育厅"), new DateOnly(2023, 11, 3), "JL-01", 2m);

        e.ToString().Should().Be("2023-11-03 教育厅 JL-01 ×2 (Approved)");
    }

    [Test]
    public void EventLogHeader_IsRecognisedByItsDepartmentColumn()
    {
        EventRowParser.Mapping.LooksLikeHeader(["备注", "部门", "日期"]).Should().BeTrue();
        EventRowParser.Mapping.LooksLikeHeader(["日期", "规则"]).Should().BeFalse();
    }

    // ---- Scoring from events ----

    [Test]
    public void Assess_NullArguments_NameTheParameter()
    {
        var engine = new ScoringEngine(Sample);

        FluentActions.Invoking(() => EventScoring.Assess(null!, November, [D("A")], [])).Should().Throw<ArgumentNullException>().WithParameterName("engine");
        FluentActions.Invoking(() => engine.Assess(November, null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        FluentActions.Invoking(() => engine.Assess(November, [D("A")], null!)).Should().Throw<ArgumentNullException>().WithParameterName("events");
    }

    [Test]
    public void Assess_NullRosterEntry_OrNullEvent_OrARepeatedDepartment_IsAnArgumentException()
    {
        var engine = new ScoringEngine(Sample);

        FluentActions.Invoking(() => engine.Assess(November, [D("A"), null!], [])).Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(x => x.GetType() == typeof(ArgumentException) && x.ParamName == "roster" && x.Message.Contains("null department"));
        FluentActions.Invoking(() => engine.Assess(November, [D("A"), D("A")], [])).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("twice");
        FluentActions.Invoking(() => engine.Assess(November, [D("A")], [E("A", "JL-01"), null!])).Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(x => x.GetType() == typeof(ArgumentException) && x.ParamName == "events" && x.Message.Contains("null event"));
    }

    [Test]
    public void Assess_InvalidEvents_NameTheirColumnAndValue()
    {
        AssessmentEvent[] events =
        [
            new AssessmentEvent(D("A"), new DateOnly(2023, 12, 1), "JL-01") { Line = 2 },
            E("Nobody", "JL-01") with { Line = 3 },
            E("B", "JL-01") with { Line = 4 },
            E("A", "XX-99") with { Line = 5 },
            E("A", "FW-01", value: 6m) with { Line = 6 },
            E("A", "FW-02", 79_228_162_514_264_337_593_543_950_335m) with { Line = 7 },
        ];

        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("B")], events, new Dictionary<Department, string> { [D("B")] = "新进驻" });

        result.Diagnostics.Select(d => (d.Line, d.Column, d.RawValue)).Should().Equal(
            (2, "date", "2023-12-01"),
            (3, "department", "Nobody"),
            (4, "department", "B"),
            (5, "rule", "XX-99"),
            (6, "value", "6"),
            (7, "quantity", "79228162514264337593543950335"));
        result[D("A")].Score!.Value.Total.Should().Be(100m);
    }

    [Test]
    public void Assess_ValueOutsideRange_OrMissing_SaysTheAllowedValues()
    {
        using var english = new MessageCultureScope("en");

        var result = new ScoringEngine(Sample).Assess(November, [D("A")],
            [E("A", "FW-01", value: 6m), E("A", "FW-01"), E("A", "JL-01", value: 0.7m)]);

        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.ValueOutsideRange, DiagnosticCodes.ValueOutsideRange, DiagnosticCodes.ValueOutsideRange);
        result.Diagnostics[0].Message.Should().Contain("rule FW-01 allows 3–5");
        result.Diagnostics[1].Message.Should().Contain("rule FW-01 needs a value chosen within 3–5");
        result.Diagnostics[1].RawValue.Should().BeNull();
        result.Diagnostics[2].Message.Should().Contain("rule JL-01 allows 0.5;");
    }

    [Test]
    public void Assess_OutOfRangeTally_InAGroup_IsListedApartInItsGroup()
    {
        var sample = Sample;
        var scheme = new ScoringScheme
        {
            Rules = sample.Rules,
            CategoryBudgets = sample.CategoryBudgets,
            GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m },
        };
        var events = Enumerable.Range(0, 5).Select(_ => E("A", "JL-01", 79_228_162_514_264_337_593_543_950_335m)).ToArray();

        var result = new ScoringEngine(scheme).Assess(November, [D("A"), D("B")], events, groups: new Dictionary<Department, string> { [D("A")] = "县" });

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberOutOfRange && d.Column == "department" && d.RawValue == "A");
        result.Table.NotAssessed.Single().Should().Match<NotAssessedEntry>(n => n.Department.Name == "A" && n.Group == "县");
    }

    [Test]
    public void BudgetCuts_AddUpEveryCutInTheCategory()
    {
        // JL-02 is 1 per half day in 纪律作风 (budget 10): 8 count, then 2 of 4 (2 cut), then none of 3 (3 cut): 5 cut in all.
        var events = new[] { E("A", "JL-02", 8m, day: 1), E("A", "JL-02", 4m, day: 2), E("A", "JL-02", 3m, day: 3) };

        var breakdown = new ScoringEngine(Sample).Assess(November, [D("A")], events)[D("A")];

        breakdown.BudgetCuts.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, decimal>("纪律作风", 5m));
        breakdown.Score!.Value.Total.Should().Be(90m);
    }

    [Test]
    public void Breakdown_ToString_ShowsTheAssessment_OrTheNotAssessedEntry()
    {
        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("B")], [], new Dictionary<Department, string> { [D("B")] = "新进驻" });

        result[D("A")].ToString().Should().Contain("Assessment = ").And.NotContain("NotAssessed = ");
        result[D("B")].ToString().Should().Contain("NotAssessed = ").And.NotContain("Assessment = ");
    }

    [Test]
    public void PeriodAssessment_Lookups_AndSummary()
    {
        AssessmentEvent[] events =
        [
            E("A", "JL-01"),
            E("A", "JL-01") with { Status = EventStatus.Recorded },
            E("A", "FW-01", value: 3m) with { Status = EventStatus.Appealed },
            E("A", "FW-02") with { Status = EventStatus.Rejected },
            E("A", "XX-99"),
        ];

        var result = new ScoringEngine(Sample).Assess(November, [D("A")], events);

        result.ToString().Should().EndWith("; events 1 counted, 2 pending, 1 rejected, 1 invalid");
        FluentActions.Invoking(() => result.TryGetBreakdown(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => result[D("Z")]).Should().Throw<KeyNotFoundException>().WithMessage("*Z*is not on the roster*");
    }

    [Test]
    public void EventCounts_Equality_ComparesEveryCount()
    {
        var counts = new EventCounts(1, 2, 3, 4, 5, 6);
        EventCounts? none = null;

        (counts == new EventCounts(1, 2, 3, 4, 5, 6)).Should().BeTrue();
        (counts != new EventCounts(1, 2, 3, 4, 5, 6)).Should().BeFalse();
        (none == null).Should().BeTrue();
        (none != null).Should().BeFalse();
        (none == counts).Should().BeFalse();
        (counts == none).Should().BeFalse();
        (counts != none).Should().BeTrue();
        counts.Equals((object?)null).Should().BeFalse();
        foreach (var other in new[]
        {
            new EventCounts(9, 2, 3, 4, 5, 6), new EventCounts(1, 9, 3, 4, 5, 6), new EventCounts(1, 2, 9, 4, 5, 6),
            new EventCounts(1, 2, 3, 9, 5, 6), new EventCounts(1, 2, 3, 4, 9, 6), new EventCounts(1, 2, 3, 4, 5, 9),
        })
        {
            counts!.Equals(other).Should().BeFalse(other.ToString());
            (counts != other).Should().BeTrue(other.ToString());
        }
    }
}
