System.Console.WriteLine("pending");
