Console.WriteLine("takeup");
