using TakeUp.Synthetic.Generation;

namespace TakeUp.Synthetic.Tests;

public class InszAllocatorTests
{
    private static readonly DateOnly Date = new(2025, 3, 1);

    [Fact]
    public void A_full_birth_day_moves_people_to_another_day_of_the_same_age_with_unique_valid_numbers()
    {
        var allocator = new InszAllocator(Date, seed: 1);
        var earliest = new DateOnly(1990, 3, 2);
        var latest = new DateOnly(1991, 3, 1);
        var numbers = new List<string>();
        var days = new List<DateOnly>();
        for (int i = 0; i < 600; i++)
        {
            var birth = new DateOnly(1990, 7, 14);
            numbers.Add(allocator.Allocate(ref birth, earliest, latest, female: true, bis: false));
            days.Add(birth);
        }

        Assert.Equal(600, numbers.Distinct().Count());
        // 498 even serials (002–996) fit on one day for women; the rest move to the next day.
        Assert.Equal(498, days.Count(d => d == new DateOnly(1990, 7, 14)));
        Assert.All(days, d => Assert.InRange(d, earliest, latest));
        for (int i = 0; i < numbers.Count; i++)
        {
            Assert.True(Insz.HasValidChecksum(numbers[i], out bool from2000) && !from2000, numbers[i]);
            Assert.True(Insz.MatchesBirthDate(numbers[i], days[i]));
            Assert.Equal(0, Insz.Serial(numbers[i]) % 2);
        }
    }

    [Fact]
    public void Bis_numbers_add_forty_to_the_month_and_use_the_2000_rule_when_born_from_2000()
    {
        var allocator = new InszAllocator(Date, seed: 1);
        var birth = new DateOnly(2008, 11, 30);
        string number = allocator.Allocate(ref birth, birth, birth, female: false, bis: true);
        Assert.Equal("081130", number[..2] + (int.Parse(number[2..4]) - 40).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + number[4..6]);
        Assert.True(Insz.HasValidChecksum(number, out bool from2000) && from2000);
        Assert.Equal(1, Insz.Serial(number) % 2);
    }

    [Fact]
    public void When_every_day_of_the_age_year_is_full_it_says_so()
    {
        var allocator = new InszAllocator(Date, seed: 1);
        var day = new DateOnly(1980, 1, 1);
        for (int i = 0; i < 499; i++)
        {
            var birth = day;
            allocator.Allocate(ref birth, day, day, female: false, bis: false);
        }
        Assert.Throws<InvalidOperationException>(() =>
        {
            var birth = day;
            allocator.Allocate(ref birth, day, day, female: false, bis: false);
        });
    }
}
